package com.rentcar.reservation.domain;

import java.time.Instant;

/** What happened to a reservation, raised by the {@link Reservation} aggregate with the change it announces. */
public sealed interface ReservationEvent {

    ReservationId reservationId();

    /** The payment was approved: the car is the customer's for the period. */
    record ReservationConfirmed(ReservationId reservationId, CustomerId customerId, CarId carId, String plateNumber,
            String model, RentalPeriod period, Money amount, PaymentId paymentId, Instant confirmedAt)
            implements ReservationEvent {
    }

    /** The customer cancelled but payment could not be reached; the refund will be completed later. */
    record ReservationCancelPending(ReservationId reservationId, CustomerId customerId, CarId carId,
            PaymentId paymentId, Instant requestedAt) implements ReservationEvent {
    }

    /** Cancelled and refunded; the car is free again. */
    record ReservationCancelled(ReservationId reservationId, CustomerId customerId, CarId carId, PaymentId paymentId,
            Instant cancelledAt) implements ReservationEvent {
    }

    /** The car was returned; the reservation is fulfilled and the car free again. */
    record ReservationCompleted(ReservationId reservationId, CustomerId customerId, CarId carId, Instant completedAt)
            implements ReservationEvent {
    }
}
