package com.rentcar.rental.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.rentcar.rental.application.Rentals;
import com.rentcar.rental.domain.CarId;
import com.rentcar.rental.domain.CarStillRented;
import com.rentcar.rental.domain.CustomerId;
import com.rentcar.rental.domain.PaidReservation;
import com.rentcar.rental.domain.PaymentId;
import com.rentcar.rental.domain.Rental;
import com.rentcar.rental.domain.RentalId;
import com.rentcar.rental.domain.RentalStatus;
import com.rentcar.rental.domain.ReservationId;
import com.rentcar.rental.support.RentalServiceTest;

/** The rentals as the store keeps them: what the unique keys refuse, what a change locks, what comes back. */
class JdbcRentalsTest extends RentalServiceTest {

    /** Microseconds, as PostgreSQL keeps them, and not on a whole millisecond. */
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

    @Autowired
    Rentals rentals;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_rental_comes_back_as_it_was_stored_to_the_microsecond() {
        var rented = Rental.start(RentalId.newId(), paidFor(new CarId(UUID.randomUUID())), AT);
        var neverStarted = Rental.cancelledBeforeStart(RentalId.newId(), paidFor(new CarId(UUID.randomUUID())), AT);

        assertThat(rentals.addUnlessReservationTaken(rented)).isTrue();
        assertThat(rentals.addUnlessReservationTaken(neverStarted)).isTrue();

        assertThat(rentals.find(rented.id())).get().usingRecursiveComparison().ignoringFields("pendingEvents")
                .isEqualTo(rented);
        assertThat(rentals.find(neverStarted.id())).get().usingRecursiveComparison().ignoringFields("pendingEvents")
                .isEqualTo(neverStarted);
        assertThat(rentals.find(RentalId.newId())).isEmpty();
    }

    @Test
    void a_change_is_stored_and_frees_the_car() {
        var car = new CarId(UUID.randomUUID());
        var rental = Rental.start(RentalId.newId(), paidFor(car), AT);
        rentals.addUnlessReservationTaken(rental);
        var returnedAt = AT.plus(3, ChronoUnit.DAYS).plusNanos(1_000);

        inTransaction(store -> {
            var found = store.findForChange(rental.reservation().reservationId()).orElseThrow();
            found.recordReturn(returnedAt);
            store.update(found);
            return null;
        });

        var stored = rentals.find(rental.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(RentalStatus.RETURNED);
        assertThat(stored.returnedAt()).contains(returnedAt);
        assertThat(stored.rentedAt()).contains(AT);
        assertThat(rentals.carRented(car)).isFalse();
        assertThat(rentals.list(Optional.of(RentalStatus.RETURNED))).extracting(Rental::id).contains(rental.id());
        assertThat(rentals.list(Optional.of(RentalStatus.RENTED))).extracting(Rental::id).doesNotContain(rental.id());
    }

    @Test
    void a_reservation_gets_one_rental_however_often_it_is_added() {
        var paid = paidFor(new CarId(UUID.randomUUID()));
        var first = Rental.start(RentalId.newId(), paid, AT);
        var second = Rental.cancelledBeforeStart(RentalId.newId(), paid, AT.plusSeconds(1));

        assertThat(rentals.addUnlessReservationTaken(first)).isTrue();
        assertThat(rentals.addUnlessReservationTaken(second)).isFalse();

        assertThat(rentalRowsOf(paid.reservationId().value())).isEqualTo(1);
        assertThat(rentals.find(second.id())).isEmpty();
    }

    @Test
    void a_second_rented_rental_of_a_car_is_refused_as_the_car_still_being_rented() {
        var car = new CarId(UUID.randomUUID());
        rentals.addUnlessReservationTaken(Rental.start(RentalId.newId(), paidFor(car), AT));
        var second = Rental.start(RentalId.newId(), paidFor(car), AT.plusSeconds(1));

        assertThatThrownBy(() -> inTransaction(store -> store.addUnlessReservationTaken(second)))
                .isInstanceOf(CarStillRented.class);
        assertThat(rentals.carRented(car)).isTrue();
        assertThat(rentals.find(second.id())).isEmpty();
    }

    @Test
    void a_rental_found_for_change_is_locked_until_the_transaction_ends_and_can_still_be_read() {
        var rental = Rental.start(RentalId.newId(), paidFor(new CarId(UUID.randomUUID())), AT);
        rentals.addUnlessReservationTaken(rental);

        inTransaction(store -> {
            store.findForChange(rental.id()).orElseThrow();
            assertThat(elsewhere(other -> other.find(rental.id()))).isPresent();
            assertThatThrownBy(() -> elsewhere(other -> other.findForChange(rental.id())))
                    .hasMessageContaining("lock timeout");
            assertThatThrownBy(() -> elsewhere(other -> other.findForChange(rental.reservation().reservationId())))
                    .hasMessageContaining("lock timeout");
            return null;
        });

        assertThat(elsewhere(other -> other.findForChange(rental.id()))).isPresent();
    }

    @Test
    void a_rental_that_is_not_stored_cannot_be_updated() {
        var unknown = Rental.start(RentalId.newId(), paidFor(new CarId(UUID.randomUUID())), AT);

        assertThatThrownBy(() -> rentals.update(unknown)).isInstanceOf(IllegalStateException.class);
    }

    private static PaidReservation paidFor(CarId car) {
        return new PaidReservation(new ReservationId(UUID.randomUUID()), new PaymentId(UUID.randomUUID()),
                new CustomerId(UUID.randomUUID()), car);
    }

    private <T> T inTransaction(Function<Rentals, T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.apply(rentals));
    }

    /** Runs {@code work} in a transaction of another thread that waits at most 200 ms for a lock. */
    private Optional<Rental> elsewhere(Function<Rentals, Optional<Rental>> work) {
        return CompletableFuture.supplyAsync(() -> inTransaction(store -> {
            jdbc.sql("set local lock_timeout = '200ms'").update();
            return work.apply(store);
        })).join();
    }
}
