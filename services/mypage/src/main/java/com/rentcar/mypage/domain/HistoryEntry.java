package com.rentcar.mypage.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One reservation on My Page with everything learnt about it so far.
 *
 * @param firstHeardAt the earliest moment any event about the reservation tells of; orders the history
 *        whatever order the events arrived in
 * @param updatedAt the latest moment any event about the reservation tells of
 */
public record HistoryEntry(UUID reservationId, Booking booking, ReservationStatus reservationStatus,
        PaymentStatus paymentStatus, RentalStatus rentalStatus, Instant firstHeardAt, Instant updatedAt) {

    public HistoryEntry {
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(firstHeardAt, "firstHeardAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        booking = booking != null ? booking : Booking.UNKNOWN;
    }

    /** The entry as the first event heard about a reservation starts it, whichever service told it. */
    public static HistoryEntry startedBy(ReservationChanged change) {
        return new HistoryEntry(change.reservationId(), change.booking(), change.reservationStatus(),
                change.paymentStatus(), change.rentalStatus(), change.occurredAt(), change.occurredAt());
    }

    /**
     * The entry once {@code change} is heard too. Statuses only move forward, known parts of the booking stay, and
     * hearing the same change again gives the same entry.
     */
    public HistoryEntry with(ReservationChanged change) {
        if (!reservationId.equals(change.reservationId())) {
            throw new IllegalArgumentException("a change of reservation " + change.reservationId()
                    + " does not belong to the entry of reservation " + reservationId);
        }
        return new HistoryEntry(reservationId,
                booking.completedWith(change.booking()),
                Ranked.furthest(reservationStatus, change.reservationStatus()),
                Ranked.furthest(paymentStatus, change.paymentStatus()),
                Ranked.furthest(rentalStatus, change.rentalStatus()),
                earlier(firstHeardAt, change.occurredAt()),
                later(updatedAt, change.occurredAt()));
    }

    private static Instant earlier(Instant a, Instant b) {
        return b.isBefore(a) ? b : a;
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }
}
