package com.rentcar.management.domain;

import java.time.Instant;
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
    void a_rented_car_becomes_available_again_when_its_rental_ends() {
        var car = registered();
        car.rentOut(rental, LATER);

        car.makeAvailable(LATER_STILL);

        assertThat(car.status()).isEqualTo(CarStatus.AVAILABLE);
        assertThat(car.rentalId()).isEmpty();
        assertThat(car.version()).isEqualTo(3);
        assertThat(car.releaseEvents()).containsExactly(
                new CarStatusChanged(car.id(), CarStatus.RENTED, 2, LATER),
                new CarStatusChanged(car.id(), CarStatus.AVAILABLE, 3, LATER_STILL));
    }

    @Test
    void a_rented_car_cannot_be_rented_out_again() {
        var car = registered();
        car.rentOut(rental, LATER);
        car.releaseEvents();

        assertThatThrownBy(() -> car.rentOut(new RentalId(UUID.randomUUID()), LATER_STILL))
                .isInstanceOf(CarStatusTransitionRefused.class)
                .hasMessageContaining("is RENTED and cannot become RENTED");
        assertThat(car.status()).isEqualTo(CarStatus.RENTED);
        assertThat(car.rentalId()).contains(rental);
        assertThat(car.version()).isEqualTo(2);
        assertThat(car.releaseEvents()).isEmpty();
    }

    @Test
    void an_available_car_cannot_be_made_available() {
        var car = registered();

        assertThatThrownBy(() -> car.makeAvailable(LATER))
                .isInstanceOf(CarStatusTransitionRefused.class)
                .hasMessageContaining("is AVAILABLE and cannot become AVAILABLE");
        assertThat(car.version()).isEqualTo(1);
        assertThat(car.updatedAt()).isEqualTo(REGISTERED);
        assertThat(car.releaseEvents()).isEmpty();
    }

    @Test
    void a_car_is_rented_out_only_for_a_known_rental() {
        var car = registered();

        assertThatThrownBy(() -> car.rentOut(null, LATER)).isInstanceOf(NullPointerException.class);
        assertThat(car.status()).isEqualTo(CarStatus.AVAILABLE);
    }

    @Test
    void a_restored_car_continues_from_its_stored_version_and_raises_nothing_by_itself() {
        var car = Car.restore(CarId.newId(), PlateNumber.of("34나 5678"), new CarModel("Kia K5"), new DailyRate(70_000),
                CarStatus.RENTED, rental, 7, REGISTERED, LATER);

        assertThat(car.releaseEvents()).isEmpty();
        car.makeAvailable(LATER_STILL);
        assertThat(car.version()).isEqualTo(8);
    }

    @Test
    void a_stored_car_is_held_by_a_rental_exactly_when_it_is_rented() {
        assertThatThrownBy(() -> Car.restore(CarId.newId(), PlateNumber.of("34나 5678"), new CarModel("Kia K5"),
                new DailyRate(70_000), CarStatus.RENTED, null, 2, REGISTERED, LATER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Car.restore(CarId.newId(), PlateNumber.of("34나 5678"), new CarModel("Kia K5"),
                new DailyRate(70_000), CarStatus.AVAILABLE, rental, 2, REGISTERED, LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A car just registered, its registration already announced. */
    private static Car registered() {
        var car = Car.register(CarId.newId(), PlateNumber.of("12가 3456"), new CarModel("Hyundai Avante"),
                new DailyRate(50_000), REGISTERED);
        car.releaseEvents();
        return car;
    }
}
