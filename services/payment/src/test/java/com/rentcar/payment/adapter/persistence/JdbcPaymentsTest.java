package com.rentcar.payment.adapter.persistence;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

import com.rentcar.payment.PaymentServiceTest;
import com.rentcar.payment.application.Payments;
import com.rentcar.payment.domain.Amount;
import com.rentcar.payment.domain.CarId;
import com.rentcar.payment.domain.CustomerId;
import com.rentcar.payment.domain.IdempotencyKey;
import com.rentcar.payment.domain.Payment;
import com.rentcar.payment.domain.PaymentId;
import com.rentcar.payment.domain.PaymentStatus;
import com.rentcar.payment.domain.ProviderReference;
import com.rentcar.payment.domain.ReservationCharge;
import com.rentcar.payment.domain.ReservationId;

/** The SQL behind {@link Payments}, against the service's own database; {@code @Transactional} tests roll back. */
@PaymentServiceTest
class JdbcPaymentsTest {

    private static final Instant REQUESTED = Instant.parse("2024-05-01T10:15:30.123456Z");

    @Autowired
    Payments payments;

    @Autowired
    TransactionOperations transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional
    void a_payment_reads_back_as_it_was_stored_to_the_microsecond() {
        var payment = requested(new ReservationId(UUID.randomUUID()), REQUESTED);
        assertThat(payments.addUnlessKeyTaken(payment)).isTrue();

        assertSameState(payments.find(payment.id()), payment);
        assertSameState(payments.findByKey(payment.idempotencyKey()), payment);
        var changed = payments.findForChange(payment.id()).orElseThrow();
        changed.approve(new ProviderReference("charge-" + UUID.randomUUID()), REQUESTED.plus(1, ChronoUnit.MICROS));
        payments.update(changed);

        assertSameState(payments.find(payment.id()), changed);
        changed.requestCancellation(REQUESTED.plusSeconds(1));
        changed.recordRefund(REQUESTED.plusSeconds(2));
        payments.update(changed);
        assertSameState(payments.findByKey(payment.idempotencyKey()), changed);
    }

    @Test
    @Transactional
    void a_taken_key_adds_nothing_and_the_first_payment_stays() {
        var first = requested(new ReservationId(UUID.randomUUID()), REQUESTED);
        var second = Payment.request(PaymentId.newId(), first.idempotencyKey(),
                charge(new ReservationId(UUID.randomUUID())), REQUESTED.plusSeconds(1));

        assertThat(payments.addUnlessKeyTaken(first)).isTrue();
        assertThat(payments.addUnlessKeyTaken(second)).isFalse();

        assertSameState(payments.findByKey(first.idempotencyKey()), first);
        assertThat(payments.find(second.id())).isEmpty();
    }

    @Test
    @Transactional
    void a_payment_id_is_stored_once_whatever_its_key() {
        var first = requested(new ReservationId(UUID.randomUUID()), REQUESTED);
        var sameId = Payment.request(first.id(), new IdempotencyKey("another-" + UUID.randomUUID()), first.charge(),
                REQUESTED);
        payments.addUnlessKeyTaken(first);

        assertThatThrownBy(() -> payments.addUnlessKeyTaken(sameId))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    @Transactional
    void a_removed_payment_is_gone_and_its_key_can_pay_again() {
        var forgotten = requested(new ReservationId(UUID.randomUUID()), REQUESTED);
        payments.addUnlessKeyTaken(forgotten);

        payments.remove(forgotten);

        assertThat(payments.find(forgotten.id())).isEmpty();
        assertThat(payments.addUnlessKeyTaken(Payment.request(PaymentId.newId(), forgotten.idempotencyKey(),
                forgotten.charge(), REQUESTED.plusSeconds(1)))).isTrue();
    }

    @Test
    @Transactional
    void a_payment_that_is_not_stored_can_be_neither_changed_nor_removed() {
        var neverStored = requested(new ReservationId(UUID.randomUUID()), REQUESTED);

        assertThatThrownBy(() -> payments.update(neverStored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> payments.remove(neverStored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @Transactional
    void payments_are_listed_newest_first_the_greater_id_first_at_the_same_instant_and_at_most_the_limit() {
        // later than whatever other tests committed, so these lead the unfiltered list too (rolled back after)
        var later = Instant.parse("2999-01-01T00:00:00.000001Z");
        var reservation = new ReservationId(UUID.randomUUID());
        var prefix = UUID.randomUUID().getMostSignificantBits();
        var oldest = requested(new PaymentId(new UUID(prefix, 3)), reservation, later);
        var lowerId = requested(new PaymentId(new UUID(prefix, 1)), reservation, later.plusSeconds(1));
        var higherId = requested(new PaymentId(new UUID(prefix, 2)), reservation, later.plusSeconds(1));
        var otherReservation = requested(new ReservationId(UUID.randomUUID()), later.plus(1, ChronoUnit.MICROS));
        List.of(oldest, lowerId, higherId, otherReservation).forEach(payments::addUnlessKeyTaken);

        assertThat(ids(payments.list(Optional.of(reservation), 10))).containsExactly(higherId.id(), lowerId.id(),
                oldest.id());
        assertThat(ids(payments.list(Optional.of(reservation), 2))).containsExactly(higherId.id(), lowerId.id());
        assertThat(ids(payments.list(Optional.empty(), 3))).containsExactly(higherId.id(), lowerId.id(),
                otherReservation.id());
        assertThatThrownBy(() -> payments.list(Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_payment_found_for_change_keeps_other_changes_waiting_until_its_transaction_ends() throws Exception {
        var payment = requested(new ReservationId(UUID.randomUUID()), now());
        transactions.executeWithoutResult(tx -> payments.addUnlessKeyTaken(payment));
        var release = new CountDownLatch(1);

        try (var executor = Executors.newFixedThreadPool(2)) {
            try {
                var held = new CountDownLatch(1);
                var declining = executor.submit(() -> transactions.executeWithoutResult(tx -> {
                    var locked = payments.findForChange(payment.id()).orElseThrow();
                    held.countDown();
                    awaitQuietly(release);
                    locked.decline(now());
                    payments.update(locked);
                }));
                assertThat(held.await(10, SECONDS)).isTrue();
                var waiting = executor.submit(() -> transactions.execute(tx -> payments.findForChange(payment.id())));
                await().atMost(Duration.ofSeconds(10)).until(() -> changesWaitingForALock() == 1);

                assertThat(waiting).isNotDone();
                assertThat(transactions.execute(tx -> payments.find(payment.id())).orElseThrow().status())
                        .as("a plain read does not wait").isEqualTo(PaymentStatus.PENDING);
                release.countDown();
                declining.get(10, SECONDS);

                var seen = waiting.get(10, SECONDS).orElseThrow();
                assertThat(seen.status()).isEqualTo(PaymentStatus.DECLINED);
                assertThat(seen.version()).isEqualTo(2);
            } finally {
                release.countDown();
            }
        }
    }

    private int changesWaitingForALock() {
        return jdbc.sql("""
                select count(*) from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock' and query like '%for no key update%'""")
                .query(Integer.class).single();
    }

    private static Payment requested(ReservationId reservation, Instant at) {
        return requested(PaymentId.newId(), reservation, at);
    }

    private static Payment requested(PaymentId id, ReservationId reservation, Instant at) {
        return Payment.request(id, new IdempotencyKey("test-" + UUID.randomUUID()), charge(reservation), at);
    }

    private static ReservationCharge charge(ReservationId reservation) {
        return new ReservationCharge(reservation, new CustomerId(UUID.randomUUID()), new CarId(UUID.randomUUID()),
                new Amount(10_000));
    }

    private static void assertSameState(Optional<Payment> found, Payment expected) {
        assertThat(found.orElseThrow()).usingRecursiveComparison().ignoringFields("pendingEvents").isEqualTo(expected);
    }

    private static List<PaymentId> ids(List<Payment> listed) {
        return listed.stream().map(Payment::id).toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
