package com.rentcar.reservation.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.rentcar.reservation.application.Payments.Cancelled;
import com.rentcar.reservation.application.Payments.Found;
import com.rentcar.reservation.application.Payments.NotFound;
import com.rentcar.reservation.application.Payments.PaymentStatus;
import com.rentcar.reservation.application.Payments.Unreachable;
import com.rentcar.reservation.domain.Reservation;
import com.rentcar.reservation.domain.ReservationId;
import com.rentcar.reservation.domain.ReservationStatus;

/**
 * Settles reservations left waiting for their payment's outcome: by a crash between holding the car and
 * confirming ({@code PAYMENT_PENDING}), or by a payment call that timed out after the customer was told
 * to retry ({@code PAYMENT_ABANDONED}). Payment is asked by the reservation's idempotency key:
 * <ul>
 * <li>approved, still pending: the reservation is confirmed (the customer paid for it);</li>
 * <li>approved, abandoned: the payment is cancelled, then the reservation forgotten;</li>
 * <li>declined, cancelled or never made: the reservation is forgotten and the car free.</li>
 * </ul>
 * Never money without a reservation, never a reservation without money.
 */
@Service
public class ReconcilingPendingPayments {

    private static final Logger log = LoggerFactory.getLogger(ReconcilingPendingPayments.class);

    private final Reservations reservations;
    private final ReservationChanges changes;
    private final Payments payments;
    private final Clock clock;
    private final ReservationSettings settings;

    public ReconcilingPendingPayments(Reservations reservations, ReservationChanges changes, Payments payments,
            Clock clock, ReservationSettings settings) {
        this.reservations = reservations;
        this.changes = changes;
        this.payments = payments;
        this.clock = clock;
        this.settings = settings;
    }

    /** @return how many reservations were settled in this run */
    public int reconcileDue() {
        var heldBefore = clock.instant().minus(settings.reconcileAfter());
        int settled = 0;
        for (var id : reservations.awaitingPayment(heldBefore, settings.batchSize())) {
            if (reconcile(id)) {
                settled++;
            }
        }
        return settled;
    }

    private boolean reconcile(ReservationId id) {
        var waiting = reservations.find(id).filter(r -> !r.status().isVisible());
        if (waiting.isEmpty()) {
            return false;
        }
        var reservation = waiting.get();
        return switch (payments.findByKey(reservation.paymentKey())) {
            case Found found when found.status() == PaymentStatus.APPROVED -> settleApproved(reservation, found);
            case Found notCharged -> forget(reservation, "payment " + notCharged.status());
            case NotFound neverMade -> forget(reservation, "no payment was made");
            case Unreachable unreachable -> false;
        };
    }

    private boolean settleApproved(Reservation reservation, Found payment) {
        if (reservation.status() == ReservationStatus.PAYMENT_PENDING
                && changes.confirm(reservation.id(), payment.paymentId()).isPresent()) {
            log.info("Reservation {} confirmed by reconciliation: payment {} was approved", reservation.id(),
                    payment.paymentId());
            return true;
        }
        if (payments.cancel(payment.paymentId()) instanceof Cancelled) {
            return forget(reservation, "approved payment " + payment.paymentId() + " refunded");
        }
        return false;
    }

    private boolean forget(Reservation reservation, String why) {
        changes.release(reservation.id());
        log.info("Reservation {} left without payment released by reconciliation: {}", reservation.id(), why);
        return true;
    }
}
