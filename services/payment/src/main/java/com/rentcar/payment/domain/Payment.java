package com.rentcar.payment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.rentcar.payment.domain.PaymentEvent.PaymentApproved;
import com.rentcar.payment.domain.PaymentEvent.PaymentCancelled;

/**
 * One payment for a reservation, named by the caller's idempotency key. It starts {@link PaymentStatus#PENDING}
 * while the provider is asked; the provider's answer makes it {@link PaymentStatus#APPROVED} (money taken,
 * announced) or {@link PaymentStatus#DECLINED} (nothing taken, nothing announced). An approved payment is
 * cancelled through {@link PaymentStatus#CANCELLING}, while the provider gives the money back, to
 * {@link PaymentStatus#CANCELLED} (announced once). Every change increments {@link #version()}.
 */
public final class Payment {

    private final PaymentId id;
    private final IdempotencyKey idempotencyKey;
    private final ReservationCharge charge;
    private final Instant createdAt;
    private PaymentStatus status;
    private ProviderReference providerReference;
    private long version;
    private Instant updatedAt;
    private final List<PaymentEvent> pendingEvents = new ArrayList<>();

    private Payment(PaymentId id, IdempotencyKey idempotencyKey, ReservationCharge charge, PaymentStatus status,
            ProviderReference providerReference, long version, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        this.charge = Objects.requireNonNull(charge);
        this.status = Objects.requireNonNull(status);
        this.providerReference = providerReference;
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        if (tookMoney(status) != (providerReference != null)) {
            throw new IllegalArgumentException("a payment has a provider reference exactly when money was taken: " + id);
        }
    }

    /** A caller asks for a charge: the payment waits for the provider's answer, at version 1. */
    public static Payment request(PaymentId id, IdempotencyKey key, ReservationCharge charge, Instant at) {
        return new Payment(id, key, charge, PaymentStatus.PENDING, null, 1, at, at);
    }

    /** A payment as it was stored; raises nothing. */
    public static Payment restore(PaymentId id, IdempotencyKey key, ReservationCharge charge, PaymentStatus status,
            ProviderReference providerReference, long version, Instant createdAt, Instant updatedAt) {
        return new Payment(id, key, charge, status, providerReference, version, createdAt, updatedAt);
    }

    /** Whether a repeated call with this payment's key asks for the same charge (and so is the same payment). */
    public boolean isFor(ReservationCharge requested) {
        return charge.equals(requested);
    }

    /** The provider took the money: announced as PaymentApproved. */
    public void approve(ProviderReference reference, Instant at) {
        Objects.requireNonNull(reference, "provider reference");
        require(PaymentStatus.PENDING, "be approved");
        providerReference = reference;
        change(PaymentStatus.APPROVED, at);
        pendingEvents.add(new PaymentApproved(id, charge, at));
    }

    /** The provider refused the charge: nothing was taken, so nothing is announced. */
    public void decline(Instant at) {
        require(PaymentStatus.PENDING, "be declined");
        change(PaymentStatus.DECLINED, at);
    }

    /**
     * The provider was asked long ago and never answered us (the asking process died): the approval is asked
     * again under the same key, which the provider answers without charging twice.
     */
    public void retryApproval(Instant at) {
        require(PaymentStatus.PENDING, "retry its approval");
        change(PaymentStatus.PENDING, at);
    }

    /**
     * Asks to cancel. An approved payment starts waiting for its refund; a cancelled one stays as it is (cancelling
     * twice changes nothing); while the provider is still answering, the caller has to wait.
     *
     * @throws PaymentNotCancellable when the payment was declined: no money was taken
     */
    public CancellationStep requestCancellation(Instant at) {
        return switch (status) {
            case APPROVED -> {
                change(PaymentStatus.CANCELLING, at);
                yield CancellationStep.REFUND;
            }
            case CANCELLED -> CancellationStep.ALREADY_CANCELLED;
            case PENDING, CANCELLING -> CancellationStep.WAIT_FOR_PROVIDER;
            case DECLINED -> throw new PaymentNotCancellable(id, status);
        };
    }

    /** The refund was asked long ago and never answered us: it is asked again, for the same charge. */
    public void retryCancellation(Instant at) {
        require(PaymentStatus.CANCELLING, "retry its cancellation");
        change(PaymentStatus.CANCELLING, at);
    }

    /**
     * The provider confirmed it gave the money back: announced as PaymentCancelled, once. A confirmation for a
     * payment cancelled already changes nothing.
     */
    public void recordRefund(Instant at) {
        if (status == PaymentStatus.CANCELLED) {
            return;
        }
        if (status != PaymentStatus.CANCELLING && status != PaymentStatus.APPROVED) {
            throw new PaymentTransitionRefused(id, status, "be refunded");
        }
        change(PaymentStatus.CANCELLED, at);
        pendingEvents.add(new PaymentCancelled(id, charge, at));
    }

    /** The provider could not give the money back now: the payment stays approved, to be cancelled again later. */
    public void abandonCancellation(Instant at) {
        require(PaymentStatus.CANCELLING, "abandon a cancellation");
        change(PaymentStatus.APPROVED, at);
    }

    /** Whether the provider's answer to an approval is still awaited. */
    public boolean isPending() {
        return status == PaymentStatus.PENDING;
    }

    /** Whether the provider's answer to a refund is still awaited. */
    public boolean isCancelling() {
        return status == PaymentStatus.CANCELLING;
    }

    /** Whether a call to the provider about this payment has been awaited longer than anyone would wait for it. */
    public boolean isStuck(Instant now, Duration patience) {
        return (isPending() || isCancelling()) && updatedAt.plus(patience).isBefore(now);
    }

    /** The events raised since the payment was requested or restored, handed over once. */
    public List<PaymentEvent> releaseEvents() {
        var events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    private void require(PaymentStatus expected, String move) {
        if (status != expected) {
            throw new PaymentTransitionRefused(id, status, move);
        }
    }

    private void change(PaymentStatus next, Instant at) {
        status = next;
        version++;
        updatedAt = Objects.requireNonNull(at);
    }

    private static boolean tookMoney(PaymentStatus status) {
        return status == PaymentStatus.APPROVED || status == PaymentStatus.CANCELLING
                || status == PaymentStatus.CANCELLED;
    }

    public PaymentId id() {
        return id;
    }

    public IdempotencyKey idempotencyKey() {
        return idempotencyKey;
    }

    public ReservationCharge charge() {
        return charge;
    }

    public PaymentStatus status() {
        return status;
    }

    /** The provider's reference of the charge, once money was taken. */
    public Optional<ProviderReference> providerReference() {
        return Optional.ofNullable(providerReference);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
