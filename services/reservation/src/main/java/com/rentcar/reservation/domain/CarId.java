package com.rentcar.reservation.domain;

import java.util.Objects;
import java.util.UUID;

/** A car of the company's fleet, as management registered it. */
public record CarId(UUID value) {

    public CarId {
        Objects.requireNonNull(value, "car id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
