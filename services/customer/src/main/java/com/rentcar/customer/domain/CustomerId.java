package com.rentcar.customer.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an account for good: the {@code sub} of its tokens and the subject of its events. */
public record CustomerId(UUID value) {

    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    public static CustomerId newId() {
        return new CustomerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
