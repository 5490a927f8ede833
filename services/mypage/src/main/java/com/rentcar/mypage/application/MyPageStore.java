package com.rentcar.mypage.application;

import java.util.UUID;

/** Where the pages are kept; with several instances each keeps a share of them. */
public interface MyPageStore {

    /**
     * The customer's page if this instance keeps it (an empty page for a customer nothing was heard about), or the
     * instance that does.
     *
     * @throws MyPageUnavailable while the store cannot answer (starting, restoring, rebalancing)
     */
    PageLookup find(UUID customerId);
}
