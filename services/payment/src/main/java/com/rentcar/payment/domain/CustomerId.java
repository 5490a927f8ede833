package com.rentcar.payment.domain;

import java.util.UUID;

/** The customer (owned by the customer service) who pays. */
public record CustomerId(UUID value) {

    public CustomerId {
        if (value == null) {
            throw new InvalidPaymentRequest("customerId", "must not be null");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
