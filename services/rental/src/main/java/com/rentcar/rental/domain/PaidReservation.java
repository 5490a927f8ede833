package com.rentcar.rental.domain;

import java.util.Objects;

/** What a rental is for: this reservation of this car by this customer, paid by this payment. */
public record PaidReservation(ReservationId reservationId, PaymentId paymentId, CustomerId customerId, CarId carId) {

    public PaidReservation {
        Objects.requireNonNull(reservationId, "reservation id");
        Objects.requireNonNull(paymentId, "payment id");
        Objects.requireNonNull(customerId, "customer id");
        Objects.requireNonNull(carId, "car id");
    }
}
