package com.rentcar.mypage.application;

import java.util.UUID;

import org.springframework.stereotype.Service;

/** A customer (or an admin helping one) looks at a My Page. */
@Service
public class ViewingMyPage {

    private final MyPageStore store;

    public ViewingMyPage(MyPageStore store) {
        this.store = store;
    }

    /**
     * The page, or where it is kept.
     *
     * @throws MyPageUnavailable while the pages cannot be read
     */
    public PageLookup of(UUID customerId) {
        return store.find(customerId);
    }
}
