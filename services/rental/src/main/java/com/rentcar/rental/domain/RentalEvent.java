package com.rentcar.rental.domain;

import java.time.Instant;

/** What happened to a rental, raised by the {@link Rental} aggregate with the change it announces. */
public sealed interface RentalEvent {

    RentalId rentalId();

    PaidReservation reservation();

    /** A paid reservation became a rental: the car is handed over. */
    record Rented(RentalId rentalId, PaidReservation reservation, Instant rentedAt) implements RentalEvent {
    }

    /** The payment was cancelled, so the rental is off and the car can be rented again. */
    record RentalCancelled(RentalId rentalId, PaidReservation reservation, Instant cancelledAt) implements RentalEvent {
    }

    /** The car came back; it can be rented again. */
    record CarReturned(RentalId rentalId, PaidReservation reservation, Instant returnedAt) implements RentalEvent {
    }
}
