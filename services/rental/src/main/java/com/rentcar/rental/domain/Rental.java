package com.rentcar.rental.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.rentcar.rental.domain.RentalEvent.CarReturned;
import com.rentcar.rental.domain.RentalEvent.RentalCancelled;
import com.rentcar.rental.domain.RentalEvent.Rented;

/**
 * A rental: the car of a paid reservation in the customer's hands (FR3).
 *
 * <pre>
 * payment approved ──▶ RENTED ──payment cancelled──▶ CANCELLED
 *                         └────car returned──────▶ RETURNED
 * </pre>
 *
 * Nothing leaves CANCELLED or RETURNED. Every change that other services must follow raises an event.
 */
public final class Rental {

    private final RentalId id;
    private final PaidReservation reservation;
    private final Instant rentedAt;
    private final Instant recordedAt;
    private RentalStatus status;
    private Instant cancelledAt;
    private Instant returnedAt;
    private final List<RentalEvent> pendingEvents = new ArrayList<>();

    private Rental(RentalId id, PaidReservation reservation, RentalStatus status, Instant rentedAt,
            Instant cancelledAt, Instant returnedAt, Instant recordedAt) {
        this.id = Objects.requireNonNull(id, "rental id");
        this.reservation = Objects.requireNonNull(reservation, "paid reservation");
        this.status = Objects.requireNonNull(status, "status");
        this.rentedAt = rentedAt;
        this.cancelledAt = cancelledAt;
        this.returnedAt = returnedAt;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recorded at");
        boolean consistent = switch (status) {
            case RENTED -> rentedAt != null && cancelledAt == null && returnedAt == null;
            case CANCELLED -> cancelledAt != null && returnedAt == null;
            case RETURNED -> rentedAt != null && returnedAt != null && cancelledAt == null;
        };
        if (!consistent) {
            throw new IllegalArgumentException("rental " + id + " is " + status + " but its dates say otherwise");
        }
    }

    /** The payment of a reservation was approved: the car is rented out, announced as Rented. */
    public static Rental start(RentalId id, PaidReservation reservation, Instant at) {
        var rental = new Rental(id, reservation, RentalStatus.RENTED, at, null, null, at);
        rental.pendingEvents.add(new Rented(id, reservation, at));
        return rental;
    }

    /**
     * The payment of a reservation was cancelled before its approval reached us (events about one payment are
     * ordered, so this is only a guard): the rental is recorded as cancelled, so the late approval rents nothing.
     * No car was handed over, so nothing is announced.
     */
    public static Rental cancelledBeforeStart(RentalId id, PaidReservation reservation, Instant at) {
        return new Rental(id, reservation, RentalStatus.CANCELLED, null, at, null, at);
    }

    /** A rental as it was stored; raises nothing. */
    public static Rental restore(RentalId id, PaidReservation reservation, RentalStatus status, Instant rentedAt,
            Instant cancelledAt, Instant returnedAt, Instant recordedAt) {
        return new Rental(id, reservation, status, rentedAt, cancelledAt, returnedAt, recordedAt);
    }

    /**
     * The payment was cancelled (refunded): a RENTED rental paid by it is cancelled, announced as RentalCancelled.
     * A rental cancelled already, a returned one (the car came back first) or one paid by another payment stays
     * as it is, and nothing is announced.
     */
    public void cancel(PaymentId refunded, Instant at) {
        Objects.requireNonNull(at, "at");
        if (status != RentalStatus.RENTED || !reservation.paymentId().equals(refunded)) {
            return;
        }
        status = RentalStatus.CANCELLED;
        cancelledAt = at;
        pendingEvents.add(new RentalCancelled(id, reservation, at));
    }

    /**
     * The car came back: a RENTED rental is returned, announced as CarReturned. Recording the return of a
     * returned rental again changes nothing.
     *
     * @throws RentalTransitionRefused when the rental was cancelled: there is no car out to come back
     */
    public void recordReturn(Instant at) {
        Objects.requireNonNull(at, "at");
        switch (status) {
            case RENTED -> {
                status = RentalStatus.RETURNED;
                returnedAt = at;
                pendingEvents.add(new CarReturned(id, reservation, at));
            }
            case RETURNED -> {
                // returned already: the same answer, nothing announced twice
            }
            case CANCELLED -> throw new RentalTransitionRefused(id, status, "be returned: it was cancelled");
        }
    }

    /** The events raised since the rental was started or restored, handed over once. */
    public List<RentalEvent> releaseEvents() {
        var events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public RentalId id() {
        return id;
    }

    public PaidReservation reservation() {
        return reservation;
    }

    public RentalStatus status() {
        return status;
    }

    /** When the car was handed over; empty for a rental cancelled before it started. */
    public Optional<Instant> rentedAt() {
        return Optional.ofNullable(rentedAt);
    }

    public Optional<Instant> cancelledAt() {
        return Optional.ofNullable(cancelledAt);
    }

    public Optional<Instant> returnedAt() {
        return Optional.ofNullable(returnedAt);
    }

    /** When this service recorded the rental; rentals are listed newest first by it. */
    public Instant recordedAt() {
        return recordedAt;
    }
}
