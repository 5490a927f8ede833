package com.rentcar.rental.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a rental; also the key of its events. */
public record RentalId(UUID value) {

    public RentalId {
        Objects.requireNonNull(value, "rental id");
    }

    public static RentalId newId() {
        return new RentalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
