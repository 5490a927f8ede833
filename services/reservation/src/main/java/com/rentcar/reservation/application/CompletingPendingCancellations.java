package com.rentcar.reservation.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.rentcar.reservation.application.Payments.Cancelled;
import com.rentcar.reservation.application.Payments.Unreachable;
import com.rentcar.reservation.domain.ReservationId;
import com.rentcar.reservation.domain.ReservationStatus;

/**
 * Cancellations that payment could not refund at once are retried until the refund is confirmed, then
 * completed as {@code CANCELLED}. Kept in the database, so a restart loses none; payment's cancel is
 * idempotent, so a retry never refunds twice.
 */
@Service
public class CompletingPendingCancellations {

    private static final Logger log = LoggerFactory.getLogger(CompletingPendingCancellations.class);

    private final Reservations reservations;
    private final ReservationChanges changes;
    private final Payments payments;
    private final Clock clock;
    private final ReservationSettings settings;

    public CompletingPendingCancellations(Reservations reservations, ReservationChanges changes, Payments payments,
            Clock clock, ReservationSettings settings) {
        this.reservations = reservations;
        this.changes = changes;
        this.payments = payments;
        this.clock = clock;
        this.settings = settings;
    }

    /** @return how many cancellations were completed in this run */
    public int completeDue() {
        int completed = 0;
        for (var id : reservations.cancellationsDue(clock.instant(), settings.batchSize())) {
            if (complete(id)) {
                completed++;
            }
        }
        return completed;
    }

    private boolean complete(ReservationId id) {
        var pending = reservations.find(id).filter(r -> r.status() == ReservationStatus.CANCEL_PENDING);
        if (pending.isEmpty()) {
            return false;
        }
        return switch (payments.cancel(pending.get().paymentId().orElseThrow())) {
            case Cancelled refunded -> {
                changes.completeCancellation(id);
                log.info("Pending cancellation of reservation {} completed", id);
                yield true;
            }
            case Unreachable unreachable -> {
                changes.deferCancellation(id, false, clock.instant().plus(settings.cancellationRetryDelay()));
                yield false;
            }
        };
    }
}
