package com.rentcar.rental.domain;

import java.util.Objects;
import java.util.UUID;

/** The customer who rents the car. */
public record CustomerId(UUID value) {

    public CustomerId {
        Objects.requireNonNull(value, "customer id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
