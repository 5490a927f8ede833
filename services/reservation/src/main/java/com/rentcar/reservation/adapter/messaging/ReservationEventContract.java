package com.rentcar.reservation.adapter.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.rentcar.reservation.domain.ReservationEvent;
import com.rentcar.reservation.domain.ReservationEvent.ReservationCancelPending;
import com.rentcar.reservation.domain.ReservationEvent.ReservationCancelled;
import com.rentcar.reservation.domain.ReservationEvent.ReservationCompleted;
import com.rentcar.reservation.domain.ReservationEvent.ReservationConfirmed;

/** The payloads of {@code reservation-events} as other services read them (schema 1.0). */
final class ReservationEventContract {

    static final String SCHEMA_VERSION = "1.0";

    private ReservationEventContract() {
    }

    record ReservationConfirmedV1(UUID reservationId, UUID customerId, UUID carId, String plateNumber, String model,
            LocalDate pickupDate, LocalDate returnDate, long amount, UUID paymentId, Instant confirmedAt) {
    }

    record ReservationCancelPendingV1(UUID reservationId, UUID customerId, UUID carId, UUID paymentId,
            Instant requestedAt) {
    }

    record ReservationCancelledV1(UUID reservationId, UUID customerId, UUID carId, UUID paymentId,
            Instant cancelledAt) {
    }

    record ReservationCompletedV1(UUID reservationId, UUID customerId, UUID carId, Instant completedAt) {
    }

    /** The event type on the wire: the domain event's name. */
    static String type(ReservationEvent event) {
        return switch (event) {
            case ReservationConfirmed e -> "ReservationConfirmed";
            case ReservationCancelPending e -> "ReservationCancelPending";
            case ReservationCancelled e -> "ReservationCancelled";
            case ReservationCompleted e -> "ReservationCompleted";
        };
    }

    static Object payload(ReservationEvent event) {
        return switch (event) {
            case ReservationConfirmed e -> new ReservationConfirmedV1(e.reservationId().value(),
                    e.customerId().value(), e.carId().value(), e.plateNumber(), e.model(), e.period().pickupDate(),
                    e.period().returnDate(), e.amount().won(), e.paymentId().value(), e.confirmedAt());
            case ReservationCancelPending e -> new ReservationCancelPendingV1(e.reservationId().value(),
                    e.customerId().value(), e.carId().value(), e.paymentId().value(), e.requestedAt());
            case ReservationCancelled e -> new ReservationCancelledV1(e.reservationId().value(),
                    e.customerId().value(), e.carId().value(), e.paymentId().value(), e.cancelledAt());
            case ReservationCompleted e -> new ReservationCompletedV1(e.reservationId().value(),
                    e.customerId().value(), e.carId().value(), e.completedAt());
        };
    }
}
