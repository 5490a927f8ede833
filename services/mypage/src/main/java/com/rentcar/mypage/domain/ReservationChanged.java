package com.rentcar.mypage.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One service told something about one of the customer's reservations: reservation tells the reservation's
 * status and what was booked, payment the payment's status and the amount, rental the rental's status. A status
 * that service does not own is {@code null}.
 */
public record ReservationChanged(UUID customerId, UUID reservationId, Booking booking,
        ReservationStatus reservationStatus, PaymentStatus paymentStatus, RentalStatus rentalStatus,
        Instant occurredAt) implements CustomerActivity {

    public ReservationChanged {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        booking = booking != null ? booking : Booking.UNKNOWN;
    }

    public static ReservationChanged reservation(UUID customerId, UUID reservationId, Booking booking,
            ReservationStatus status, Instant occurredAt) {
        return new ReservationChanged(customerId, reservationId, booking, Objects.requireNonNull(status), null, null,
                occurredAt);
    }

    public static ReservationChanged payment(UUID customerId, UUID reservationId, Booking booking,
            PaymentStatus status, Instant occurredAt) {
        return new ReservationChanged(customerId, reservationId, booking, null, Objects.requireNonNull(status), null,
                occurredAt);
    }

    public static ReservationChanged rental(UUID customerId, UUID reservationId, Booking booking,
            RentalStatus status, Instant occurredAt) {
        return new ReservationChanged(customerId, reservationId, booking, null, null, Objects.requireNonNull(status),
                occurredAt);
    }
}
