package com.rentcar.rental.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

import com.rentcar.rental.domain.RentalEvent;
import com.rentcar.rental.domain.RentalEvent.CarReturned;
import com.rentcar.rental.domain.RentalEvent.RentalCancelled;
import com.rentcar.rental.domain.RentalEvent.Rented;

/** The payloads of {@code rental-events} as other services read them (schema 1.0). */
final class RentalEventContract {

    static final String SCHEMA_VERSION = "1.0";

    private RentalEventContract() {
    }

    record RentedV1(UUID rentalId, UUID reservationId, UUID paymentId, UUID customerId, UUID carId,
            Instant rentedAt) {
    }

    record RentalCancelledV1(UUID rentalId, UUID reservationId, UUID paymentId, UUID customerId, UUID carId,
            Instant cancelledAt) {
    }

    record CarReturnedV1(UUID rentalId, UUID reservationId, UUID customerId, UUID carId, Instant returnedAt) {
    }

    /** The event type on the wire: the domain event's name. */
    static String type(RentalEvent event) {
        return switch (event) {
            case Rented e -> "Rented";
            case RentalCancelled e -> "RentalCancelled";
            case CarReturned e -> "CarReturned";
        };
    }

    static Object payload(RentalEvent event) {
        var paid = event.reservation();
        var rentalId = event.rentalId().value();
        var reservationId = paid.reservationId().value();
        var customerId = paid.customerId().value();
        var carId = paid.carId().value();
        return switch (event) {
            case Rented e -> new RentedV1(rentalId, reservationId, paid.paymentId().value(), customerId, carId,
                    e.rentedAt());
            case RentalCancelled e -> new RentalCancelledV1(rentalId, reservationId, paid.paymentId().value(),
                    customerId, carId, e.cancelledAt());
            case CarReturned e -> new CarReturnedV1(rentalId, reservationId, customerId, carId, e.returnedAt());
        };
    }
}
