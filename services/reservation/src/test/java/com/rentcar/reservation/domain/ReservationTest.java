package com.rentcar.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rentcar.reservation.domain.ReservationEvent.ReservationCancelPending;
import com.rentcar.reservation.domain.ReservationEvent.ReservationCancelled;
import com.rentcar.reservation.domain.ReservationEvent.ReservationCompleted;
import com.rentcar.reservation.domain.ReservationEvent.ReservationConfirmed;

class ReservationTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final BookableCar AVANTE = new BookableCar(new CarId(UUID.randomUUID()), "12가3456",
            "Hyundai Avante", new Money(55_000), T0);
    private static final RentalPeriod THREE_DAYS = new RentalPeriod(LocalDate.of(2026, 12, 5),
            LocalDate.of(2026, 12, 8));
    private static final CustomerId KIM = new CustomerId(UUID.randomUUID());
    private static final PaymentId PAYMENT = new PaymentId(UUID.randomUUID());

    private static Reservation held() {
        return Reservation.hold(ReservationId.newId(), KIM, AVANTE, THREE_DAYS, T0);
    }

    private static Reservation confirmed() {
        var reservation = held();
        reservation.confirm(PAYMENT, T0.plusSeconds(1));
        reservation.releaseEvents();
        return reservation;
    }

    @Test
    void a_held_car_awaits_its_payment_priced_at_the_daily_rate_for_the_period() {
        var reservation = held();

        assertThat(reservation.status()).isEqualTo(ReservationStatus.PAYMENT_PENDING);
        assertThat(reservation.amount()).isEqualTo(new Money(165_000));
        assertThat(reservation.plateNumber()).isEqualTo("12가3456");
        assertThat(reservation.paymentId()).isEmpty();
        assertThat(reservation.releaseEvents()).isEmpty();
        assertThat(reservation.paymentKey()).isEqualTo("reserve-" + reservation.id());
    }

    @Test
    void an_approved_payment_confirms_the_reservation_and_announces_it() {
        var reservation = held();

        reservation.confirm(PAYMENT, T0.plusSeconds(1));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(reservation.paymentId()).contains(PAYMENT);
        assertThat(reservation.releaseEvents()).singleElement().isInstanceOfSatisfying(ReservationConfirmed.class, e -> {
            assertThat(e.amount()).isEqualTo(new Money(165_000));
            assertThat(e.paymentId()).isEqualTo(PAYMENT);
            assertThat(e.model()).isEqualTo("Hyundai Avante");
            assertThat(e.confirmedAt()).isEqualTo(T0.plusSeconds(1));
        });
        assertThat(reservation.releaseEvents()).as("events are handed over once").isEmpty();
    }

    @Test
    void a_reservation_is_confirmed_only_once() {
        var reservation = confirmed();

        assertThatThrownBy(() -> reservation.confirm(new PaymentId(UUID.randomUUID()), T0))
                .isInstanceOf(ReservationTransitionRefused.class);
        assertThat(reservation.paymentId()).contains(PAYMENT);
    }

    @Test
    void a_reservation_whose_payment_outcome_is_unknown_is_abandoned_and_frees_the_car() {
        var reservation = held();

        reservation.abandon(T0.plusSeconds(3));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.PAYMENT_ABANDONED);
        assertThat(reservation.status().holdsCar()).isFalse();
        assertThat(reservation.status().isVisible()).isFalse();
        assertThatThrownBy(() -> reservation.confirm(PAYMENT, T0)).isInstanceOf(ReservationTransitionRefused.class);
    }

    @Test
    void a_cancellation_keeps_the_car_held_until_the_refund_is_confirmed() {
        var reservation = confirmed();

        reservation.requestCancellation(T0.plusSeconds(10));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.CANCEL_PENDING);
        assertThat(reservation.status().holdsCar()).isTrue();
        assertThat(reservation.releaseEvents()).isEmpty();
    }

    @Test
    void a_deferred_cancellation_is_announced_as_pending() {
        var reservation = confirmed();
        reservation.requestCancellation(T0.plusSeconds(10));

        reservation.deferCancellation(T0.plusSeconds(11));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.CANCEL_PENDING);
        assertThat(reservation.releaseEvents()).singleElement().isInstanceOfSatisfying(ReservationCancelPending.class,
                e -> assertThat(e.paymentId()).isEqualTo(PAYMENT));
    }

    @Test
    void a_confirmed_refund_cancels_the_reservation_and_frees_the_car() {
        var reservation = confirmed();
        reservation.requestCancellation(T0.plusSeconds(10));

        reservation.cancel(T0.plusSeconds(12));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(reservation.status().holdsCar()).isFalse();
        assertThat(reservation.updatedAt()).isEqualTo(T0.plusSeconds(12));
        assertThat(reservation.releaseEvents()).singleElement().isInstanceOfSatisfying(ReservationCancelled.class,
                e -> assertThat(e.cancelledAt()).isEqualTo(T0.plusSeconds(12)));
    }

    @Test
    void a_reservation_cannot_be_cancelled_without_asking_first() {
        var reservation = confirmed();

        assertThatThrownBy(() -> reservation.cancel(T0)).isInstanceOf(ReservationTransitionRefused.class);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void a_returned_car_completes_a_confirmed_reservation() {
        var reservation = confirmed();

        reservation.complete(T0.plusSeconds(100));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.COMPLETED);
        assertThat(reservation.status().holdsCar()).isFalse();
        assertThat(reservation.releaseEvents()).singleElement().isInstanceOf(ReservationCompleted.class);
    }

    @Test
    void a_completed_reservation_can_no_longer_be_cancelled() {
        var reservation = confirmed();
        reservation.complete(T0.plusSeconds(100));

        assertThatThrownBy(() -> reservation.requestCancellation(T0.plusSeconds(101)))
                .isInstanceOf(ReservationTransitionRefused.class)
                .hasMessageContaining("COMPLETED");
    }

    @Test
    void a_cancelled_reservation_never_moves_again() {
        var reservation = confirmed();
        reservation.requestCancellation(T0.plusSeconds(10));
        reservation.cancel(T0.plusSeconds(11));

        assertThatThrownBy(() -> reservation.complete(T0)).isInstanceOf(ReservationTransitionRefused.class);
        assertThatThrownBy(() -> reservation.requestCancellation(T0)).isInstanceOf(ReservationTransitionRefused.class);
        assertThatThrownBy(() -> reservation.confirm(PAYMENT, T0)).isInstanceOf(ReservationTransitionRefused.class);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CANCELLED);
    }

    @Test
    void a_reservation_awaiting_payment_cannot_be_cancelled_or_completed() {
        var reservation = held();

        assertThatThrownBy(() -> reservation.requestCancellation(T0)).isInstanceOf(ReservationTransitionRefused.class);
        assertThatThrownBy(() -> reservation.complete(T0)).isInstanceOf(ReservationTransitionRefused.class);
    }

    @Test
    void only_the_customer_who_reserved_owns_the_reservation() {
        var reservation = held();

        assertThat(reservation.isOwnedBy(KIM)).isTrue();
        assertThat(reservation.isOwnedBy(new CustomerId(UUID.randomUUID()))).isFalse();
    }

    @Test
    void a_paid_reservation_cannot_be_restored_without_its_payment() {
        assertThatThrownBy(() -> Reservation.restore(ReservationId.newId(), KIM, AVANTE.id(), "12가3456", "Avante",
                THREE_DAYS, new Money(1), ReservationStatus.CONFIRMED, null, T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_awaiting_payment_confirmed_and_cancel_pending_reservations_hold_the_car() {
        assertThat(ReservationStatus.values()).filteredOn(ReservationStatus::holdsCar)
                .containsExactlyInAnyOrder(ReservationStatus.PAYMENT_PENDING, ReservationStatus.CONFIRMED,
                        ReservationStatus.CANCEL_PENDING);
    }
}
