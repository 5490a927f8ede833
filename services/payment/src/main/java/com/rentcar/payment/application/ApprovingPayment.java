package com.rentcar.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.rentcar.payment.application.ProviderAnswer.Approved;
import com.rentcar.payment.application.ProviderAnswer.Declined;
import com.rentcar.payment.domain.IdempotencyKey;
import com.rentcar.payment.domain.IdempotencyKeyReused;
import com.rentcar.payment.domain.Payment;
import com.rentcar.payment.domain.PaymentId;
import com.rentcar.payment.domain.ReservationCharge;

/**
 * The reservation service charges a customer for a reservation. One idempotency key is one payment, charged at
 * most once, however often and however concurrently the call is repeated:
 * <ol>
 * <li>a short transaction records the payment as PENDING; the unique key decides which call owns it;</li>
 * <li>the owner asks the provider, with no transaction open (a slow provider holds no connection or lock);</li>
 * <li>a second transaction records the answer, and for an approval stages PaymentApproved with it.</li>
 * </ol>
 * Repeated calls return the stored outcome, waiting a little while it is still PENDING. When the provider is
 * unavailable the PENDING payment is forgotten, so a later call with the same key tries again.
 */
@Service
public class ApprovingPayment {

    private final Payments payments;
    private final PaymentProvider provider;
    private final PaymentEventPublisher events;
    private final TransactionOperations transactions;
    private final InFlightPolicy inFlight;
    private final Clock clock;

    public ApprovingPayment(Payments payments, PaymentProvider provider, PaymentEventPublisher events,
            TransactionOperations transactions, InFlightPolicy inFlight, Clock clock) {
        this.payments = payments;
        this.provider = provider;
        this.events = events;
        this.transactions = transactions;
        this.inFlight = inFlight;
        this.clock = clock;
    }

    /**
     * @throws com.rentcar.payment.domain.InvalidPaymentRequest when a detail of the request is invalid
     * @throws IdempotencyKeyReused when the key names a payment for another charge
     * @throws PaymentProviderUnavailable when the provider cannot answer now; nothing is stored
     * @throws PaymentInProgress when an earlier call with the key is still waiting for the provider
     */
    public Approval approve(ApprovePayment request) {
        var key = request.key();
        var charge = request.charge();
        var giveUpAt = now().plus(inFlight.patience());
        while (true) {
            var requested = Payment.request(PaymentId.newId(), key, charge, now());
            var stored = transactions.execute(tx -> payments.addUnlessKeyTaken(requested)
                    ? Optional.of(requested)
                    : payments.findByKey(key));
            if (stored.isPresent()) {
                var payment = stored.get();
                if (payment == requested) {
                    return new Approval(askProvider(payment), true);
                }
                if (!payment.isFor(charge)) {
                    throw new IdempotencyKeyReused(key, payment.id());
                }
                if (!payment.isPending()) {
                    return new Approval(payment, false);
                }
                var retaken = retakeIfStuck(payment);
                if (retaken.isPresent()) {
                    return new Approval(askProvider(retaken.get()), true);
                }
            }
            // Still PENDING at another call, or just forgotten by one whose provider call failed: look again.
            if (!now().isBefore(giveUpAt)) {
                throw new PaymentInProgress(describe(key));
            }
            inFlight.pause(describe(key));
        }
    }

    private Payment askProvider(Payment payment) {
        ProviderAnswer answer;
        try {
            answer = provider.approve(payment.idempotencyKey(), payment.charge().amount());
        } catch (RuntimeException failure) {
            try {
                transactions.executeWithoutResult(tx -> forget(payment));
            } catch (RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
        return transactions.execute(tx -> record(payment, answer));
    }

    /** The provider decided nothing: the key is free again, unless another call has taken the payment over. */
    private void forget(Payment asked) {
        payments.findForChange(asked.id())
                .filter(current -> current.isPending() && current.version() == asked.version())
                .ifPresent(payments::remove);
    }

    /** The provider's answer is the answer for this key, whichever call of it stores it first. */
    private Payment record(Payment asked, ProviderAnswer answer) {
        var payment = payments.findForChange(asked.id()).orElseThrow(() -> new IllegalStateException(
                "payment " + asked.id() + " with key " + asked.idempotencyKey() + " vanished while the provider answered "
                        + answer + "; reconcile it with the provider"));
        if (!payment.isPending()) {
            return payment;
        }
        switch (answer) {
            case Approved approved -> payment.approve(approved.reference(), now());
            case Declined declined -> payment.decline(now());
        }
        payments.update(payment);
        payment.releaseEvents().forEach(events::publish);
        return payment;
    }

    /** A PENDING payment nobody has answered for far too long: its caller died, so this call asks the provider again. */
    private Optional<Payment> retakeIfStuck(Payment seen) {
        if (!seen.isStuck(now(), inFlight.expiry())) {
            return Optional.empty();
        }
        return transactions.execute(tx -> payments.findForChange(seen.id())
                .filter(current -> current.isPending() && current.version() == seen.version())
                .map(current -> {
                    current.retryApproval(now());
                    payments.update(current);
                    return current;
                }));
    }

    private static String describe(IdempotencyKey key) {
        return "The payment with idempotency key '" + key + "'";
    }

    /** Microseconds, as PostgreSQL keeps them, so the answer, the event and a later read show the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
