package com.rentcar.payment.domain;

import java.util.Objects;

/** What a payment is for: this amount, paid by this customer, for this reservation of this car. */
public record ReservationCharge(ReservationId reservationId, CustomerId customerId, CarId carId, Amount amount) {

    public ReservationCharge {
        Objects.requireNonNull(reservationId, "reservation id");
        Objects.requireNonNull(customerId, "customer id");
        Objects.requireNonNull(carId, "car id");
        Objects.requireNonNull(amount, "amount");
    }
}
