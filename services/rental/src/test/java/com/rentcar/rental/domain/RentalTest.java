package com.rentcar.rental.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.rentcar.rental.domain.RentalEvent.CarReturned;
import com.rentcar.rental.domain.RentalEvent.RentalCancelled;
import com.rentcar.rental.domain.RentalEvent.Rented;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RentalTest {

    private static final Instant APPROVED = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-02T10:30:00Z");
    private static final Instant LATER_STILL = Instant.parse("2026-12-05T18:00:00Z");

    private final PaidReservation paid = new PaidReservation(new ReservationId(UUID.randomUUID()),
            new PaymentId(UUID.randomUUID()), new CustomerId(UUID.randomUUID()), new CarId(UUID.randomUUID()));

    @Test
    void a_paid_reservation_starts_a_rental_that_is_rented_and_announced() {
        var id = RentalId.newId();

        var rental = Rental.start(id, paid, APPROVED);

        assertThat(rental.status()).isEqualTo(RentalStatus.RENTED);
        assertThat(rental.reservation()).isEqualTo(paid);
        assertThat(rental.rentedAt()).contains(APPROVED);
        assertThat(rental.cancelledAt()).isEmpty();
        assertThat(rental.returnedAt()).isEmpty();
        assertThat(rental.recordedAt()).isEqualTo(APPROVED);
        assertThat(rental.releaseEvents()).containsExactly(new Rented(id, paid, APPROVED));
    }

    @Test
    void events_are_handed_over_only_once() {
        var rental = Rental.start(RentalId.newId(), paid, APPROVED);
        assertThat(rental.releaseEvents()).hasSize(1);

        assertThat(rental.releaseEvents()).isEmpty();
    }

    @Test
    void a_rented_rental_is_cancelled_when_its_payment_is_cancelled() {
        var rental = rented();

        rental.cancel(paid.paymentId(), LATER);

        assertThat(rental.status()).isEqualTo(RentalStatus.CANCELLED);
        assertThat(rental.cancelledAt()).contains(LATER);
        assertThat(rental.rentedAt()).contains(APPROVED);
        assertThat(rental.releaseEvents()).containsExactly(new RentalCancelled(rental.id(), paid, LATER));
    }

    @Test
    void a_cancelled_rental_cancelled_again_stays_as_it_was_and_announces_nothing() {
        var rental = rented();
        rental.cancel(paid.paymentId(), LATER);
        rental.releaseEvents();

        rental.cancel(paid.paymentId(), LATER_STILL);

        assertThat(rental.status()).isEqualTo(RentalStatus.CANCELLED);
        assertThat(rental.cancelledAt()).contains(LATER);
        assertThat(rental.releaseEvents()).isEmpty();
    }

    @Test
    void a_returned_rental_stays_returned_when_its_payment_is_cancelled_afterwards() {
        var rental = rented();
        rental.recordReturn(LATER);
        rental.releaseEvents();

        rental.cancel(paid.paymentId(), LATER_STILL);

        assertThat(rental.status()).isEqualTo(RentalStatus.RETURNED);
        assertThat(rental.cancelledAt()).isEmpty();
        assertThat(rental.releaseEvents()).isEmpty();
    }

    @Test
    void the_cancellation_of_another_payment_does_not_cancel_the_rental() {
        var rental = rented();

        rental.cancel(new PaymentId(UUID.randomUUID()), LATER);

        assertThat(rental.status()).isEqualTo(RentalStatus.RENTED);
        assertThat(rental.releaseEvents()).isEmpty();
    }

    @Test
    void a_rented_car_that_comes_back_makes_the_rental_returned_and_is_announced() {
        var rental = rented();

        rental.recordReturn(LATER);

        assertThat(rental.status()).isEqualTo(RentalStatus.RETURNED);
        assertThat(rental.returnedAt()).contains(LATER);
        assertThat(rental.releaseEvents()).containsExactly(new CarReturned(rental.id(), paid, LATER));
    }

    @Test
    void recording_a_return_twice_changes_nothing_the_second_time() {
        var rental = rented();
        rental.recordReturn(LATER);
        rental.releaseEvents();

        rental.recordReturn(LATER_STILL);

        assertThat(rental.status()).isEqualTo(RentalStatus.RETURNED);
        assertThat(rental.returnedAt()).contains(LATER);
        assertThat(rental.releaseEvents()).isEmpty();
    }

    @Test
    void the_car_of_a_cancelled_rental_cannot_be_returned() {
        var rental = rented();
        rental.cancel(paid.paymentId(), LATER);
        rental.releaseEvents();

        assertThatThrownBy(() -> rental.recordReturn(LATER_STILL))
                .isInstanceOf(RentalTransitionRefused.class)
                .hasMessageContaining("is CANCELLED and cannot be returned");
        assertThat(rental.status()).isEqualTo(RentalStatus.CANCELLED);
        assertThat(rental.returnedAt()).isEmpty();
        assertThat(rental.releaseEvents()).isEmpty();
    }

    @Test
    void a_cancellation_that_arrives_before_the_approval_records_a_rental_that_never_started_and_announces_nothing() {
        var rental = Rental.cancelledBeforeStart(RentalId.newId(), paid, LATER);

        assertThat(rental.status()).isEqualTo(RentalStatus.CANCELLED);
        assertThat(rental.rentedAt()).isEmpty();
        assertThat(rental.cancelledAt()).contains(LATER);
        assertThat(rental.releaseEvents()).isEmpty();
        assertThatThrownBy(() -> rental.recordReturn(LATER_STILL)).isInstanceOf(RentalTransitionRefused.class);
    }

    @Test
    void a_restored_rental_raises_nothing_by_itself_and_moves_on_from_its_stored_state() {
        var id = RentalId.newId();
        var rental = Rental.restore(id, paid, RentalStatus.RENTED, APPROVED, null, null, APPROVED);

        assertThat(rental.releaseEvents()).isEmpty();
        rental.recordReturn(LATER);
        assertThat(rental.releaseEvents()).containsExactly(new CarReturned(id, paid, LATER));
    }

    @Test
    void a_stored_rental_has_exactly_the_dates_its_status_implies() {
        var id = RentalId.newId();
        assertThatThrownBy(() -> Rental.restore(id, paid, RentalStatus.RENTED, null, null, null, APPROVED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rental.restore(id, paid, RentalStatus.RENTED, APPROVED, LATER, null, APPROVED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rental.restore(id, paid, RentalStatus.CANCELLED, APPROVED, null, null, APPROVED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rental.restore(id, paid, RentalStatus.RETURNED, APPROVED, null, null, APPROVED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rental.restore(id, paid, RentalStatus.RETURNED, null, null, LATER, APPROVED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rental_is_always_for_a_whole_paid_reservation() {
        assertThatThrownBy(() -> new PaidReservation(null, paid.paymentId(), paid.customerId(), paid.carId()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PaidReservation(paid.reservationId(), paid.paymentId(), paid.customerId(), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Rental.start(RentalId.newId(), null, APPROVED)).isInstanceOf(NullPointerException.class);
    }

    /** A rental just started, its start already announced. */
    private Rental rented() {
        var rental = Rental.start(RentalId.newId(), paid, APPROVED);
        rental.releaseEvents();
        return rental;
    }
}
