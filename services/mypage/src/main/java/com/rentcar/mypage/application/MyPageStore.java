package com.rentcar.mypage.application;

import java.util.UUID;

import com.rentcar.mypage.domain.HistoryQuery;

/** Where the pages are kept; with several instances each keeps a share of them. */
public interface MyPageStore {

    /**
     * The part of the customer's page {@code query} asks for if this instance keeps it (an empty page for a customer
     * nothing was heard about), or the instance that does. The store cuts the history: an answer is never longer
     * than the query's size.
     *
     * @throws MyPageUnavailable while the store cannot answer (starting, restoring, rebalancing)
     */
    PageLookup find(UUID customerId, HistoryQuery query);
}
