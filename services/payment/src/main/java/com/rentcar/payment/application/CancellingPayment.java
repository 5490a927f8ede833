package com.rentcar.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.rentcar.payment.domain.CancellationStep;
import com.rentcar.payment.domain.Payment;
import com.rentcar.payment.domain.PaymentId;
import com.rentcar.payment.domain.PaymentNotCancellable;
import com.rentcar.payment.domain.PaymentNotFound;

/**
 * The reservation service cancels a payment (its reservation was cancelled): the provider gives the money back
 * exactly once and PaymentCancelled is announced once, however often the call is repeated. Like approving, the
 * refund is asked with no transaction open: the payment is marked CANCELLING, the provider is asked, and the
 * outcome is recorded. When the provider is unavailable the payment goes back to APPROVED, to be cancelled again.
 */
@Service
public class CancellingPayment {

    private final Payments payments;
    private final PaymentProvider provider;
    private final PaymentEventPublisher events;
    private final TransactionOperations transactions;
    private final InFlightPolicy inFlight;
    private final Clock clock;

    public CancellingPayment(Payments payments, PaymentProvider provider, PaymentEventPublisher events,
            TransactionOperations transactions, InFlightPolicy inFlight, Clock clock) {
        this.payments = payments;
        this.provider = provider;
        this.events = events;
        this.transactions = transactions;
        this.inFlight = inFlight;
        this.clock = clock;
    }

    /**
     * @return the cancelled payment (cancelled now or before)
     * @throws PaymentNotFound when no payment has this id
     * @throws PaymentNotCancellable when the payment was declined
     * @throws PaymentProviderUnavailable when the provider cannot refund now; the payment stays APPROVED
     * @throws PaymentInProgress when the provider is still answering an earlier call about the payment
     */
    public Payment cancel(PaymentId id) {
        var giveUpAt = now().plus(inFlight.patience());
        while (true) {
            var started = transactions.execute(tx -> start(id));
            switch (started.step()) {
                case REFUND -> {
                    return refund(started.payment());
                }
                case ALREADY_CANCELLED -> {
                    return started.payment();
                }
                case WAIT_FOR_PROVIDER -> {
                    if (!now().isBefore(giveUpAt)) {
                        throw new PaymentInProgress(describe(id));
                    }
                    inFlight.pause(describe(id));
                }
            }
        }
    }

    private Started start(PaymentId id) {
        var payment = payments.findForChange(id).orElseThrow(() -> new PaymentNotFound(id));
        var step = payment.requestCancellation(now());
        if (step == CancellationStep.WAIT_FOR_PROVIDER && payment.isCancelling()
                && payment.isStuck(now(), inFlight.expiry())) {
            // the refund was asked by a call that died before recording the answer: ask again (the provider refunds once)
            payment.retryCancellation(now());
            step = CancellationStep.REFUND;
        }
        if (step == CancellationStep.REFUND) {
            payments.update(payment);
        }
        return new Started(payment, step);
    }

    private Payment refund(Payment payment) {
        try {
            provider.cancel(payment.idempotencyKey(), payment.providerReference().orElseThrow());
        } catch (RuntimeException failure) {
            try {
                transactions.executeWithoutResult(tx -> giveUp(payment));
            } catch (RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
        return transactions.execute(tx -> record(payment.id()));
    }

    /** The provider refunded nothing: the payment is approved again, unless another call has taken the refund over. */
    private void giveUp(Payment asked) {
        payments.findForChange(asked.id())
                .filter(current -> current.isCancelling() && current.version() == asked.version())
                .ifPresent(current -> {
                    current.abandonCancellation(now());
                    payments.update(current);
                });
    }

    /** The provider gave the money back; whichever call records it first announces it. */
    private Payment record(PaymentId id) {
        var payment = payments.findForChange(id).orElseThrow(() -> new PaymentNotFound(id));
        payment.recordRefund(now());
        var announced = payment.releaseEvents();
        if (!announced.isEmpty()) {
            payments.update(payment);
            announced.forEach(events::publish);
        }
        return payment;
    }

    private static String describe(PaymentId id) {
        return "Payment " + id;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Started(Payment payment, CancellationStep step) {
    }
}
