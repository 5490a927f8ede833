package com.rentcar.reservation.application;

import static com.rentcar.reservation.domain.ReservationStatus.CANCELLED;
import static com.rentcar.reservation.domain.ReservationStatus.CANCEL_PENDING;
import static com.rentcar.reservation.domain.ReservationStatus.CONFIRMED;
import static com.rentcar.reservation.domain.ReservationStatus.PAYMENT_ABANDONED;
import static com.rentcar.reservation.domain.ReservationStatus.PAYMENT_PENDING;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.reservation.domain.CustomerId;
import com.rentcar.reservation.domain.PaymentId;
import com.rentcar.reservation.domain.Reservation;
import com.rentcar.reservation.domain.ReservationId;
import com.rentcar.reservation.domain.ReservationNotFound;

/**
 * Each change of a reservation in its own short transaction, with the events it raises. The use cases call
 * payment between these steps, never inside one. Every step re-reads the reservation under a row lock and
 * acts only if it is still in the state the step expects, so a late answer, a retry or a second instance
 * never moves a reservation backwards.
 */
@Component
public class ReservationChanges {

    private final Reservations reservations;
    private final ReservationEventPublisher events;
    private final Clock clock;

    public ReservationChanges(Reservations reservations, ReservationEventPublisher events, Clock clock) {
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
    }

    /** @return false when another reservation holds the car */
    @Transactional
    public boolean hold(Reservation reservation) {
        return reservations.holdCar(reservation);
    }

    /**
     * Confirms a reservation whose payment was approved.
     *
     * @return the confirmed reservation, or empty when it no longer awaits this payment (the hold is not ours)
     */
    @Transactional
    public Optional<Reservation> confirm(ReservationId id, PaymentId payment) {
        var found = reservations.findForChange(id);
        if (found.isEmpty() || found.get().status() != PAYMENT_PENDING) {
            return found.filter(r -> r.status() == CONFIRMED && r.paymentId().equals(Optional.of(payment)));
        }
        var reservation = found.get();
        reservation.confirm(payment, now());
        save(reservation);
        return Optional.of(reservation);
    }

    /** Forgets a reservation whose payment did not go through; the car is free again. */
    @Transactional
    public void release(ReservationId id) {
        reservations.findForChange(id)
                .filter(r -> r.status() == PAYMENT_PENDING || r.status() == PAYMENT_ABANDONED)
                .ifPresent(r -> reservations.remove(id));
    }

    /**
     * Frees the car of a reservation whose payment's outcome is unknown, keeping the reservation so the
     * reconciler can refund the payment if it did go through.
     */
    @Transactional
    public void abandon(Reservation held) {
        var found = reservations.findForChange(held.id());
        if (found.isEmpty()) {
            held.abandon(now());
            reservations.add(held);
        } else if (found.get().status() == PAYMENT_PENDING) {
            found.get().abandon(now());
            reservations.update(found.get());
        }
    }

    /**
     * The owner asks to cancel: a confirmed reservation becomes {@code CANCEL_PENDING} (the car stays held
     * until the refund is confirmed) and is scheduled for a retry at {@code retryAt} in case this request
     * does not finish. A reservation already cancelling or cancelled is returned as it is.
     *
     * @throws ReservationNotFound when there is no such reservation the caller owns
     * @throws com.rentcar.reservation.domain.ReservationTransitionRefused when it cannot be cancelled (completed)
     */
    @Transactional
    public CancellationRequest requestCancellation(ReservationId id, CustomerId caller, Instant retryAt) {
        var reservation = reservations.findForChange(id)
                .filter(r -> r.status().isVisible() && r.isOwnedBy(caller))
                .orElseThrow(() -> new ReservationNotFound(id));
        if (reservation.status() == CANCEL_PENDING || reservation.status() == CANCELLED) {
            return new CancellationRequest(reservation, false);
        }
        reservation.requestCancellation(now());
        save(reservation);
        reservations.retryCancellationAt(id, retryAt);
        return new CancellationRequest(reservation, true);
    }

    /** The refund was confirmed: a pending cancellation becomes {@code CANCELLED} (once). */
    @Transactional
    public Reservation completeCancellation(ReservationId id) {
        var reservation = reservations.findForChange(id).orElseThrow(() -> new ReservationNotFound(id));
        if (reservation.status() == CANCEL_PENDING) {
            reservation.cancel(now());
            save(reservation);
        }
        return reservation;
    }

    /**
     * The refund could not be made now: the cancellation stays pending and is retried at {@code retryAt};
     * {@code announce} tells the world once, when the customer's own request could not finish it.
     */
    @Transactional
    public Reservation deferCancellation(ReservationId id, boolean announce, Instant retryAt) {
        var reservation = reservations.findForChange(id).orElseThrow(() -> new ReservationNotFound(id));
        if (reservation.status() == CANCEL_PENDING) {
            if (announce) {
                reservation.deferCancellation(now());
                save(reservation);
            }
            reservations.retryCancellationAt(id, retryAt);
        }
        return reservation;
    }

    /** The car was returned: a confirmed reservation is completed (once); anything else is left as it is. */
    @Transactional
    public boolean complete(ReservationId id, Instant returnedAt) {
        var found = reservations.findForChange(id).filter(r -> r.status() == CONFIRMED);
        found.ifPresent(reservation -> {
            reservation.complete(returnedAt.truncatedTo(ChronoUnit.MICROS));
            save(reservation);
        });
        return found.isPresent();
    }

    private void save(Reservation reservation) {
        reservations.update(reservation);
        reservation.releaseEvents().forEach(events::publish);
    }

    /** Microseconds, as PostgreSQL keeps them, so the answer, the event and a later read show the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** @param fresh true when this request moved the reservation to {@code CANCEL_PENDING} */
    public record CancellationRequest(Reservation reservation, boolean fresh) {
    }
}
