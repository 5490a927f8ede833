package com.rentcar.rental.domain;

import java.util.Objects;
import java.util.UUID;

/** The payment (owned by the payment service) that paid for a rental. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "payment id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
