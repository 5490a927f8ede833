package com.rentcar.payment.domain;

import java.util.UUID;

/** The car (owned by the car ledger) the reservation is for. */
public record CarId(UUID value) {

    public CarId {
        if (value == null) {
            throw new InvalidPaymentRequest("carId", "must not be null");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
