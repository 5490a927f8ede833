package com.rentcar.payment.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a payment; also the key of its events. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "payment id");
    }

    public static PaymentId newId() {
        return new PaymentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
