package com.rentcar.rental.adapter.web;

import java.time.Instant;
import java.util.UUID;

import com.rentcar.rental.domain.Rental;
import com.rentcar.rental.domain.RentalStatus;

/**
 * One rental as staff see it. {@code rentedAt} is null only for a rental whose payment was cancelled before its
 * approval arrived; {@code cancelledAt} / {@code returnedAt} are set once it ended that way.
 */
record RentalResponse(UUID id, UUID reservationId, UUID paymentId, UUID customerId, UUID carId, RentalStatus status,
        Instant rentedAt, Instant cancelledAt, Instant returnedAt) {

    static RentalResponse of(Rental rental) {
        var paid = rental.reservation();
        return new RentalResponse(rental.id().value(), paid.reservationId().value(), paid.paymentId().value(),
                paid.customerId().value(), paid.carId().value(), rental.status(), rental.rentedAt().orElse(null),
                rental.cancelledAt().orElse(null), rental.returnedAt().orElse(null));
    }
}
