package com.rentcar.management.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a car in the ledger; also the key of its events. */
public record CarId(UUID value) {

    public CarId {
        Objects.requireNonNull(value, "car id");
    }

    public static CarId newId() {
        return new CarId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
