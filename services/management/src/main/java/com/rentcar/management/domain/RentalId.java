package com.rentcar.management.domain;

import java.util.Objects;
import java.util.UUID;

/** The rental (owned by the rental service) that currently holds a car. */
public record RentalId(UUID value) {

    public RentalId {
        Objects.requireNonNull(value, "rental id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
