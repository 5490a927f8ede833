package com.rentcar.mypage.domain;

import java.time.Instant;
import java.util.UUID;

/** Something My Page learns about one customer, whichever service told it. */
public sealed interface CustomerActivity permits CustomerRegistered, ReservationChanged {

    /** Whose page it belongs on. */
    UUID customerId();

    /** When it happened, as the telling service recorded it. */
    Instant occurredAt();
}
