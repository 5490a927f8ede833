package com.rentcar.mypage.application;

import java.util.UUID;

import org.springframework.stereotype.Service;

import com.rentcar.mypage.domain.HistoryQuery;

/** A customer (or an admin helping one) looks at a My Page. */
@Service
public class ViewingMyPage {

    private final MyPageStore store;

    public ViewingMyPage(MyPageStore store) {
        this.store = store;
    }

    /**
     * The customer and the part of the history {@code query} asks for, or where the page is kept.
     *
     * @throws MyPageUnavailable while the pages cannot be read
     */
    public PageLookup of(UUID customerId, HistoryQuery query) {
        return store.find(customerId, query);
    }
}
