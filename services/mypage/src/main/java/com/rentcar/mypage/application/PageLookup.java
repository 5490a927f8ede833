package com.rentcar.mypage.application;

import java.util.Objects;

import com.rentcar.mypage.domain.CustomerProfile;
import com.rentcar.mypage.domain.HistoryPage;

/** The answer to "where is this customer's page?". */
public sealed interface PageLookup {

    /**
     * This instance keeps the page; here is the part asked for.
     *
     * @param customer {@code null} until the customer's registration is heard
     */
    record Found(CustomerProfile customer, HistoryPage history) implements PageLookup {

        public Found {
            Objects.requireNonNull(history, "history");
        }
    }

    /** Another instance keeps the page: ask it at {@code host:port}. */
    record HeldElsewhere(String host, int port) implements PageLookup {

        public HeldElsewhere {
            Objects.requireNonNull(host, "host");
        }
    }
}
