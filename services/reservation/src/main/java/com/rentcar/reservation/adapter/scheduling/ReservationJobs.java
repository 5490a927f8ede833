package com.rentcar.reservation.adapter.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import com.rentcar.reservation.application.CompletingPendingCancellations;
import com.rentcar.reservation.application.ReconcilingPendingPayments;

/** Runs the use cases that finish what a request could not: pending refunds and unsettled payments. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "rentcar.reservation.jobs-enabled", havingValue = "true", matchIfMissing = true)
class ReservationJobs {

    private static final Logger log = LoggerFactory.getLogger(ReservationJobs.class);

    private final CompletingPendingCancellations cancellations;
    private final ReconcilingPendingPayments reconciliation;

    ReservationJobs(CompletingPendingCancellations cancellations, ReconcilingPendingPayments reconciliation) {
        this.cancellations = cancellations;
        this.reconciliation = reconciliation;
    }

    @Scheduled(initialDelayString = "${rentcar.reservation.cancellation-retry-interval:5s}",
            fixedDelayString = "${rentcar.reservation.cancellation-retry-interval:5s}")
    void completePendingCancellations() {
        run("completing pending cancellations", cancellations::completeDue);
    }

    @Scheduled(initialDelayString = "${rentcar.reservation.reconcile-interval:5s}",
            fixedDelayString = "${rentcar.reservation.reconcile-interval:5s}")
    void reconcilePendingPayments() {
        run("reconciling pending payments", reconciliation::reconcileDue);
    }

    /** A failing run is logged and the next one tries again; a job never stops for good. */
    private static void run(String job, java.util.function.IntSupplier work) {
        try {
            int done = work.getAsInt();
            if (done > 0) {
                log.info("{}: {} settled", job, done);
            }
        } catch (RuntimeException e) {
            log.error("{} failed; will try again", job, e);
        }
    }
}
