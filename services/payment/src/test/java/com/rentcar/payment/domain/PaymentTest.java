package com.rentcar.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.rentcar.payment.domain.PaymentEvent.PaymentApproved;
import com.rentcar.payment.domain.PaymentEvent.PaymentCancelled;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PaymentTest {

    private static final Instant REQUESTED = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant LATER = REQUESTED.plusSeconds(1);
    private static final Instant EVEN_LATER = REQUESTED.plusSeconds(2);
    private static final ProviderReference REFERENCE = new ProviderReference("sim-1");

    private final UUID customer = UUID.randomUUID();
    private final UUID car = UUID.randomUUID();
    private final UUID reservation = UUID.randomUUID();
    private final ReservationCharge charge = charge(55_000);
    private final Payment payment = Payment.request(PaymentId.newId(), new IdempotencyKey("reservation-1"), charge,
            REQUESTED);

    @Test
    void a_requested_payment_waits_for_the_provider_at_version_1_and_announces_nothing_yet() {
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.isPending()).isTrue();
        assertThat(payment.version()).isEqualTo(1);
        assertThat(payment.providerReference()).isEmpty();
        assertThat(payment.createdAt()).isEqualTo(REQUESTED);
        assertThat(payment.releaseEvents()).isEmpty();
    }

    @Test
    void an_approved_payment_announces_payment_approved_with_what_was_charged() {
        payment.approve(REFERENCE, LATER);

        assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(payment.providerReference()).contains(REFERENCE);
        assertThat(payment.version()).isEqualTo(2);
        assertThat(payment.updatedAt()).isEqualTo(LATER);
        assertThat(payment.releaseEvents()).containsExactly(new PaymentApproved(payment.id(), charge, LATER));
        assertThat(payment.releaseEvents()).as("events are handed over once").isEmpty();
    }

    @Test
    void a_declined_payment_took_no_money_and_announces_nothing() {
        payment.decline(LATER);

        assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(payment.providerReference()).isEmpty();
        assertThat(payment.releaseEvents()).isEmpty();
    }

    @Test
    void only_a_payment_waiting_for_the_provider_can_be_approved_or_declined() {
        payment.decline(LATER);

        assertThatThrownBy(() -> payment.approve(REFERENCE, EVEN_LATER)).isInstanceOf(PaymentTransitionRefused.class)
                .hasMessageContaining("DECLINED");
        assertThatThrownBy(() -> payment.decline(EVEN_LATER)).isInstanceOf(PaymentTransitionRefused.class);
        assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
    }

    @Test
    void an_approved_payment_asked_to_cancel_waits_for_its_refund_and_announces_nothing_yet() {
        payment.approve(REFERENCE, LATER);
        payment.releaseEvents();

        var step = payment.requestCancellation(EVEN_LATER);

        assertThat(step).isEqualTo(CancellationStep.REFUND);
        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLING);
        assertThat(payment.isCancelling()).isTrue();
        assertThat(payment.releaseEvents()).isEmpty();
    }

    @Test
    void a_refunded_payment_is_cancelled_and_announces_payment_cancelled() {
        var cancelledAt = EVEN_LATER.plusSeconds(1);
        payment.approve(REFERENCE, LATER);
        payment.requestCancellation(EVEN_LATER);
        payment.releaseEvents();

        payment.recordRefund(cancelledAt);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(payment.providerReference()).contains(REFERENCE);
        assertThat(payment.releaseEvents()).containsExactly(new PaymentCancelled(payment.id(), charge, cancelledAt));
    }

    @Test
    void cancelling_a_cancelled_payment_again_reports_already_cancelled_and_changes_nothing() {
        cancelled();
        var version = payment.version();

        var step = payment.requestCancellation(EVEN_LATER.plusSeconds(10));
        payment.recordRefund(EVEN_LATER.plusSeconds(11));

        assertThat(step).isEqualTo(CancellationStep.ALREADY_CANCELLED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(payment.version()).isEqualTo(version);
        assertThat(payment.releaseEvents()).as("PaymentCancelled is announced once").isEmpty();
    }

    @Test
    void a_declined_payment_cannot_be_cancelled_because_no_money_was_taken() {
        payment.decline(LATER);

        assertThatThrownBy(() -> payment.requestCancellation(EVEN_LATER)).isInstanceOf(PaymentNotCancellable.class)
                .hasMessageContaining("DECLINED").hasMessageContaining("no money was taken");
        assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
    }

    @Test
    void a_payment_whose_provider_is_still_answering_is_not_cancelled_yet() {
        assertThat(payment.requestCancellation(LATER)).isEqualTo(CancellationStep.WAIT_FOR_PROVIDER);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);

        payment.approve(REFERENCE, LATER);
        payment.requestCancellation(EVEN_LATER);
        assertThat(payment.requestCancellation(EVEN_LATER)).isEqualTo(CancellationStep.WAIT_FOR_PROVIDER);
        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELLING);
    }

    @Test
    void a_refund_the_provider_could_not_make_leaves_the_payment_approved_to_be_cancelled_again() {
        payment.approve(REFERENCE, LATER);
        payment.requestCancellation(EVEN_LATER);

        payment.abandonCancellation(EVEN_LATER.plusSeconds(1));

        assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(payment.requestCancellation(EVEN_LATER.plusSeconds(2))).isEqualTo(CancellationStep.REFUND);
    }

    @Test
    void a_payment_is_stuck_only_while_a_provider_call_has_gone_unanswered_longer_than_the_patience() {
        var patience = Duration.ofMinutes(2);

        assertThat(payment.isStuck(REQUESTED.plus(patience), patience)).isFalse();
        assertThat(payment.isStuck(REQUESTED.plus(patience).plusMillis(1), patience)).isTrue();

        payment.retryApproval(REQUESTED.plus(patience).plusMillis(1));
        assertThat(payment.isStuck(REQUESTED.plus(patience).plusMillis(2), patience)).as("asked again just now").isFalse();

        payment.approve(REFERENCE, LATER);
        assertThat(payment.isStuck(REQUESTED.plus(Duration.ofDays(1)), patience)).as("decided").isFalse();
    }

    @Test
    void every_change_counts_one_version() {
        payment.retryApproval(LATER);
        payment.approve(REFERENCE, LATER);
        payment.requestCancellation(LATER);
        payment.retryCancellation(LATER);
        payment.recordRefund(LATER);

        assertThat(payment.version()).isEqualTo(6);
    }

    @Test
    void a_repeated_call_is_the_same_payment_only_when_it_asks_for_the_same_charge() {
        assertThat(payment.isFor(charge(55_000))).isTrue();
        assertThat(payment.isFor(charge(55_001))).isFalse();
        assertThat(payment.isFor(new ReservationCharge(new ReservationId(UUID.randomUUID()), charge.customerId(),
                charge.carId(), charge.amount()))).isFalse();
    }

    @Test
    void a_payment_has_a_provider_reference_exactly_when_money_was_taken() {
        assertThatThrownBy(() -> Payment.restore(PaymentId.newId(), new IdempotencyKey("k"), charge,
                PaymentStatus.APPROVED, null, 2, REQUESTED, LATER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Payment.restore(PaymentId.newId(), new IdempotencyKey("k"), charge,
                PaymentStatus.DECLINED, REFERENCE, 2, REQUESTED, LATER)).isInstanceOf(IllegalArgumentException.class);
    }

    private void cancelled() {
        payment.approve(REFERENCE, LATER);
        payment.requestCancellation(EVEN_LATER);
        payment.recordRefund(EVEN_LATER);
        payment.releaseEvents();
    }

    private ReservationCharge charge(long won) {
        return new ReservationCharge(new ReservationId(reservation), new CustomerId(customer), new CarId(car),
                new Amount(won));
    }
}
