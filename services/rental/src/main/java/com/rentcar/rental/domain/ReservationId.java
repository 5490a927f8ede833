package com.rentcar.rental.domain;

import java.util.Objects;
import java.util.UUID;

/** The reservation (owned by the reservation service) a rental was paid for. */
public record ReservationId(UUID value) {

    public ReservationId {
        Objects.requireNonNull(value, "reservation id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
