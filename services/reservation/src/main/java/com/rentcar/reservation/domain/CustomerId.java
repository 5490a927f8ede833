package com.rentcar.reservation.domain;

import java.util.Objects;
import java.util.UUID;

/** The customer who reserves (the subject of their token). */
public record CustomerId(UUID value) {

    public CustomerId {
        Objects.requireNonNull(value, "customer id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
