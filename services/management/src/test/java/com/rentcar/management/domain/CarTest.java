package com.rentcar.management.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.rentcar.management.domain.CarEvent.CarRegistered;
import com.rentcar.management.domain.CarEvent.CarStatusChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CarTest {

    private static final Instant REGISTERED = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-05-02T10:30:00Z");
    private static final Instant LATER_STILL = Instant.parse("2026-05-05T18:00:00Z");
    private final RentalId rental = new RentalId(UUID.randomUUID());

    @Test
    void a_registered_car_is_available_at_version_one_and_announces_its_registration() {
        var id = CarId.newId();
        var car = Car.register(id, PlateNumber.of("12가 3456"), new CarModel("Hyundai Avante"), new DailyRate(50_000),
                REGISTERED);

        assertThat(car.status()).isEqualTo(CarStatus.AVAILABLE);
        assertThat(car.version()).isEqualTo(1);
        assertThat(car.rentalId()).isEmpty();
        assertThat(car.registeredAt()).isEqualTo(REGISTERED);
        assertThat(car.updatedAt()).isEqualTo(REGISTERED);
        assertThat(car.releaseEvents()).containsExactly(new CarRegistered(id, PlateNumber.of("12가 3456"),
                new CarModel("Hyundai Avante"), new DailyRate(50_000), CarStatus.AVAILABLE, 1, REGISTERED));
    }

    @Test
    void events_are_handed_over_only_once() {
        var car = Car.register(CarId.newId(), PlateNumber.of("12가 3456"), new CarModel("Hyundai Avante"),
                new DailyRate(50_000), REGISTERED);
        assertThat(car.releaseEvents()).hasSize(1);

        assertThat(car.releaseEvents()).isEmpty();
    }

    @Test
    void an_available_car_can_be_rented_out_and_says_so_with_a_new_version() {
        var car = registered();

        car.rentOut(rental, LATER);

        assertThat(car.status()).isEqualTo(CarStatus.RENTED);
        assertThat(car.rentalId()).contains(rental);
        assertThat(car.version()).isEqualTo(2);
        assertThat(car.updatedAt()).isEqualTo(LATER);
        assertThat(car.registeredAt()).isEqualTo(REGISTERED);
        assertThat(car.releaseEvents()).containsExactly(new CarStatusChanged(car.id(), CarStatus.RENTED, 2, LATER));
    }

    @Test
    void a_rented_car_becomes_available_again_when_the_rental_holding_it_ends() {
        var car = registered();
        car.rentOut(rental, LATER);

        car.release(rental, LATER_STILL);

        assertThat(car.status()).isEqualTo(CarStatus.AVAILABLE);
        assertThat(car.rentalId()).isEmpty();
        assertThat(car.version()).isEqualTo(3);
        assertThat(car.updatedAt()).isEqualTo(LATER_STILL);
        assertThat(car.releaseEvents()).containsExactly(
                new CarStatusChanged(car.id(), CarStatus.RENTED, 2, LATER),
                new CarStatusChanged(car.id(), CarStatus.AVAILABLE, 3, LATER_STILL));
    }

    @Test
    void seeing_the_start_of_the_rental_that_holds_the_car_again_changes_nothing() {
        var car = rentedTo(rental);

        car.rentOut(rental, LATER_STILL);

        assertUnchanged(car, rental);
    }

    @Test
    void the_end_of_a_rental_that_does_not_hold_the_car_changes_nothing() {
        var car = rentedTo(rental);

        car.release(new RentalId(UUID.randomUUID()), LATER_STILL);

        assertUnchanged(car, rental);
    }

    @Test
    void the_end_of_a_rental_seen_again_after_the_car_became_available_changes_nothing() {
        var car = rentedTo(rental);
        car.release(rental, LATER);
        car.releaseEvents();

        car.release(rental, LATER_STILL);
        car.release(new RentalId(UUID.randomUUID()), LATER_STILL);

        assertThat(car.status()).isEqualTo(CarStatus.AVAILABLE);
        assertThat(car.version()).isEqualTo(3);
        assertThat(car.updatedAt()).isEqualTo(LATER);
        assertThat(car.releaseEvents()).isEmpty();
    }

    @Test
    void a_newer_rental_takes_over_a_car_whose_earlier_rental_has_not_been_seen_ending() {
        var car = rentedTo(rental);
        var newer = new RentalId(UUID.randomUUID());

        car.rentOut(newer, LATER_STILL);

        assertThat(car.status()).isEqualTo(CarStatus.RENTED);
        assertThat(car.rentalId()).contains(newer);
        assertThat(car.earlierRentals()).containsExactly(rental);
        assertThat(car.version()).as("still rented: no new status").isEqualTo(2);
        assertThat(car.updatedAt()).isEqualTo(LATER);
        assertThat(car.releaseEvents()).isEmpty();
    }

    @Test
    void the_end_of_the_earlier_rental_seen_after_a_newer_one_took_the_car_over_changes_nothing() {
        var car = rentedTo(rental);
        var newer = new RentalId(UUID.randomUUID());
        car.rentOut(newer, LATER_STILL);

        car.release(rental, LATER_STILL);

        assertUnchanged(car, newer);
        assertThat(car.earlierRentals()).isEmpty();
        car.release(newer, LATER_STILL);
        assertThat(car.status()).isEqualTo(CarStatus.AVAILABLE);
        assertThat(car.releaseEvents())
                .containsExactly(new CarStatusChanged(car.id(), CarStatus.AVAILABLE, 3, LATER_STILL));
    }

    @Test
    void a_car_stays_rented_while_an_earlier_rental_has_not_been_seen_ending_even_when_the_newer_one_ends_first() {
        var car = rentedTo(rental);
        var newer = new RentalId(UUID.randomUUID());
        car.rentOut(newer, LATER_STILL);

        car.release(newer, LATER_STILL);

        assertUnchanged(car, rental);
        assertThat(car.earlierRentals()).isEmpty();
        car.release(rental, LATER_STILL);
        assertThat(car.status()).isEqualTo(CarStatus.AVAILABLE);
        assertThat(car.version()).isEqualTo(3);
    }

    @Test
    void rentals_seen_starting_out_of_order_leave_the_car_rented_until_every_one_has_been_seen_ending() {
        var car = registered();
        var older = new RentalId(UUID.randomUUID());
        var newer = new RentalId(UUID.randomUUID());

        car.rentOut(newer, LATER);
        car.rentOut(older, LATER);
        car.release(older, LATER_STILL);

        assertThat(car.status()).isEqualTo(CarStatus.RENTED);
        assertThat(car.rentalId()).contains(newer);
        assertThat(car.version()).isEqualTo(2);
        car.release(newer, LATER_STILL);
        assertThat(car.status()).isEqualTo(CarStatus.AVAILABLE);
        assertThat(car.releaseEvents()).extracting(CarEvent::version).containsExactly(2L, 3L);
    }

    @Test
    void a_car_is_rented_out_and_released_only_for_a_known_rental() {
        var car = registered();

        assertThatThrownBy(() -> car.rentOut(null, LATER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> car.release(null, LATER)).isInstanceOf(NullPointerException.class);
        assertThat(car.status()).isEqualTo(CarStatus.AVAILABLE);
    }

    @Test
    void a_restored_car_continues_from_its_stored_version_and_raises_nothing_by_itself() {
        var earlier = new RentalId(UUID.randomUUID());
        var car = Car.restore(CarId.newId(), PlateNumber.of("34나 5678"), new CarModel("Kia K5"), new DailyRate(70_000),
                CarStatus.RENTED, rental, List.of(earlier), 7, REGISTERED, LATER);

        assertThat(car.releaseEvents()).isEmpty();
        car.release(rental, LATER_STILL);
        assertThat(car.rentalId()).contains(earlier);
        car.release(earlier, LATER_STILL);
        assertThat(car.version()).isEqualTo(8);
    }

    @Test
    void a_stored_car_is_held_by_a_rental_exactly_when_it_is_rented() {
        assertThatThrownBy(() -> restored(CarStatus.RENTED, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> restored(CarStatus.AVAILABLE, rental, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_stored_car_has_earlier_rentals_only_while_rented_and_never_the_holder_among_them() {
        var earlier = new RentalId(UUID.randomUUID());

        assertThatThrownBy(() -> restored(CarStatus.AVAILABLE, null, List.of(earlier)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> restored(CarStatus.RENTED, rental, List.of(rental)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> restored(CarStatus.RENTED, rental, List.of(earlier, earlier)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Car restored(CarStatus status, RentalId holder, List<RentalId> earlier) {
        return Car.restore(CarId.newId(), PlateNumber.of("34나 5678"), new CarModel("Kia K5"), new DailyRate(70_000),
                status, holder, earlier, 2, REGISTERED, LATER);
    }

    /** A car rented out at {@link #LATER} (version 2), its events already announced. */
    private static Car rentedTo(RentalId rental) {
        var car = registered();
        car.rentOut(rental, LATER);
        car.releaseEvents();
        return car;
    }

    /** Still as {@link #rentedTo} left it. */
    private static void assertUnchanged(Car car, RentalId holder) {
        assertThat(car.status()).isEqualTo(CarStatus.RENTED);
        assertThat(car.rentalId()).contains(holder);
        assertThat(car.version()).isEqualTo(2);
        assertThat(car.updatedAt()).isEqualTo(LATER);
        assertThat(car.releaseEvents()).isEmpty();
    }

    /** A car just registered, its registration already announced. */
    private static Car registered() {
        var car = Car.register(CarId.newId(), PlateNumber.of("12가 3456"), new CarModel("Hyundai Avante"),
                new DailyRate(50_000), REGISTERED);
        car.releaseEvents();
        return car;
    }
}
