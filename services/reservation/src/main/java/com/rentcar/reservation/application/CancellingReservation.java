package com.rentcar.reservation.application;

import java.time.Clock;

import org.springframework.stereotype.Service;

import com.rentcar.reservation.application.Payments.Cancelled;
import com.rentcar.reservation.application.Payments.Unreachable;
import com.rentcar.reservation.domain.CustomerId;
import com.rentcar.reservation.domain.Reservation;
import com.rentcar.reservation.domain.ReservationId;
import com.rentcar.reservation.domain.ReservationStatus;

/**
 * The owner cancels a reservation and the payment is refunded in the same call (FR6). When payment cannot
 * be reached the cancellation is kept as {@code CANCEL_PENDING}, announced, and completed later by
 * {@link CompletingPendingCancellations}; payment's cancel is idempotent, so it is never refunded twice.
 */
@Service
public class CancellingReservation {

    private final ReservationChanges changes;
    private final Payments payments;
    private final Clock clock;
    private final ReservationSettings settings;

    public CancellingReservation(ReservationChanges changes, Payments payments, Clock clock,
            ReservationSettings settings) {
        this.changes = changes;
        this.payments = payments;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * @return the reservation, {@code CANCELLED} or, when payment could not be reached, {@code CANCEL_PENDING}
     * @throws com.rentcar.reservation.domain.ReservationNotFound when the caller owns no such reservation
     * @throws com.rentcar.reservation.domain.ReservationTransitionRefused when it is completed already
     */
    public Reservation cancel(ReservationId id, CustomerId caller) {
        var request = changes.requestCancellation(id, caller, retryAt());
        var reservation = request.reservation();
        if (reservation.status() == ReservationStatus.CANCELLED) {
            return reservation;
        }
        return switch (payments.cancel(reservation.paymentId().orElseThrow())) {
            case Cancelled refunded -> changes.completeCancellation(id);
            case Unreachable unreachable -> changes.deferCancellation(id, request.fresh(), retryAt());
        };
    }

    private java.time.Instant retryAt() {
        return clock.instant().plus(settings.cancellationRetryDelay());
    }
}
