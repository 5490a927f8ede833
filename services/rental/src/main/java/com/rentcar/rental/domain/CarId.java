package com.rentcar.rental.domain;

import java.util.Objects;
import java.util.UUID;

/** The car (registered in management's ledger) a rental hands over. */
public record CarId(UUID value) {

    public CarId {
        Objects.requireNonNull(value, "car id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
