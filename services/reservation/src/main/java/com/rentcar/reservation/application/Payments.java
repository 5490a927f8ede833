package com.rentcar.reservation.application;

import java.time.Duration;
import java.util.Optional;

import com.rentcar.reservation.domain.CarId;
import com.rentcar.reservation.domain.CustomerId;
import com.rentcar.reservation.domain.Money;
import com.rentcar.reservation.domain.PaymentId;
import com.rentcar.reservation.domain.Reservation;
import com.rentcar.reservation.domain.ReservationId;

/**
 * The payment service, called synchronously. Every answer is a value, never an exception: payment being
 * down, slow or overloaded is an ordinary outcome ({@link Unreachable}) that the use cases decide about.
 */
public interface Payments {

    /** Asks payment to approve a reservation's amount; repeating it with the same key never charges twice. */
    ApprovalResult approve(PaymentCharge charge);

    /** Looks up the payment made with an idempotency key (to settle a call whose answer was lost). */
    LookupResult findByKey(String idempotencyKey);

    /** Cancels (refunds) a payment; repeating it never refunds twice. */
    CancellationResult cancel(PaymentId payment);

    /**
     * Whether payment is known to be unreachable now (its circuit breaker is open), and then how long until it is
     * tried again: a reservation answered at once costs no hold, no release and no call.
     */
    Optional<Duration> knownUnreachable();

    /** What is charged for a reservation, under the key that makes it happen at most once. */
    record PaymentCharge(String idempotencyKey, ReservationId reservationId, CustomerId customerId, CarId carId,
            Money amount) {

        public static PaymentCharge of(Reservation reservation) {
            return new PaymentCharge(reservation.paymentKey(), reservation.id(), reservation.customerId(),
                    reservation.carId(), reservation.amount());
        }
    }

    enum PaymentStatus {
        APPROVED, DECLINED, CANCELLED
    }

    sealed interface ApprovalResult permits Approved, Declined, OutcomeUnknown, Unreachable {
    }

    sealed interface LookupResult permits Found, NotFound, Unreachable {
    }

    sealed interface CancellationResult permits Cancelled, Unreachable {
    }

    record Approved(PaymentId paymentId) implements ApprovalResult {
    }

    record Declined(String reason) implements ApprovalResult {
    }

    /** The call timed out or broke after the request was sent: payment may or may not have charged. */
    record OutcomeUnknown(Duration retryAfter) implements ApprovalResult {
    }

    record Found(PaymentId paymentId, PaymentStatus status) implements LookupResult {
    }

    record NotFound() implements LookupResult {
    }

    record Cancelled() implements CancellationResult {
    }

    /** Payment could not be reached or refused to work (down, failing, overloaded, breaker open): nothing happened. */
    record Unreachable(Duration retryAfter) implements ApprovalResult, LookupResult, CancellationResult {
    }
}
