package com.rentcar.payment.domain;

import java.util.UUID;

/** The reservation (owned by the reservation service) a payment pays for. */
public record ReservationId(UUID value) {

    public ReservationId {
        if (value == null) {
            throw new InvalidPaymentRequest("reservationId", "must not be null");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
