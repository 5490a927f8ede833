package com.rentcar.reservation.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a reservation; also the key of its events. */
public record ReservationId(UUID value) {

    public ReservationId {
        Objects.requireNonNull(value, "reservation id");
    }

    public static ReservationId newId() {
        return new ReservationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
