package com.rentcar.mypage.application;

import java.util.Objects;

import com.rentcar.mypage.domain.MyPage;

/** The answer to "where is this customer's page?". */
public sealed interface PageLookup {

    /** This instance keeps the page; here it is. */
    record Found(MyPage page) implements PageLookup {

        public Found {
            Objects.requireNonNull(page, "page");
        }
    }

    /** Another instance keeps the page: ask it at {@code host:port}. */
    record HeldElsewhere(String host, int port) implements PageLookup {

        public HeldElsewhere {
            Objects.requireNonNull(host, "host");
        }
    }
}
