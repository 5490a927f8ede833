package com.rentcar.management.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.rentcar.management.application.CarFilter;
import com.rentcar.management.application.CarLedger;
import com.rentcar.management.application.ChangingCarStatus;
import com.rentcar.management.application.RegisterCar;
import com.rentcar.management.application.RegisteringCar;
import com.rentcar.management.domain.Car;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.CarModel;
import com.rentcar.management.domain.CarStatus;
import com.rentcar.management.domain.DailyRate;
import com.rentcar.management.domain.PlateNumber;
import com.rentcar.management.domain.RentalId;
import com.rentcar.platform.test.ServiceIntegrationTest;
import com.rentcar.platform.test.TestTokens;

import static com.rentcar.management.LedgerApi.uniquePlate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger kept in PostgreSQL: what the use cases rely on and only the database can give. */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JdbcCarLedgerTest {

    @Autowired
    CarLedger ledger;

    @Autowired
    RegisteringCar registering;

    @Autowired
    ChangingCarStatus changingStatus;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_car_reads_back_as_it_was_stored_to_the_microsecond_with_its_earlier_rentals_oldest_first() {
        var at = Instant.parse("2026-05-01T09:00:00.123456Z");
        var car = Car.register(CarId.newId(), PlateNumber.of(uniquePlate()), new CarModel("Genesis G80"),
                new DailyRate(150_000), at);
        ledger.add(car);
        var first = newRental();
        var second = newRental();
        var holder = newRental();
        car.rentOut(first, at.plusSeconds(60));
        car.rentOut(second, at.plusSeconds(120));
        car.rentOut(holder, at.plusSeconds(180));
        ledger.update(car);

        var stored = ledger.find(car.id()).orElseThrow();

        assertThat(stored).usingRecursiveComparison().ignoringFields("pendingEvents").isEqualTo(car);
        assertThat(stored.earlierRentals()).containsExactly(first, second);
        assertThat(stored.updatedAt()).isEqualTo(Instant.parse("2026-05-01T09:01:00.123456Z"));
    }

    @Test
    void rentals_of_one_car_seen_at_the_same_time_change_it_one_after_another_and_none_is_lost() throws Exception {
        var car = registering.register(new RegisterCar(uniquePlate(), "Kia Ray", 40_000)).id();
        var rentals = Stream.generate(JdbcCarLedgerTest::newRental).limit(12).toList();

        atOnce(rentals, rental -> changingStatus.rentOut(car, rental));
        var rented = ledger.find(car).orElseThrow();
        atOnce(rentals, rental -> changingStatus.release(car, rental));
        var released = ledger.find(car).orElseThrow();

        assertThat(rented.status()).isEqualTo(CarStatus.RENTED);
        assertThat(rented.version()).isEqualTo(2);
        assertThat(Stream.concat(rented.rentalId().stream(), rented.earlierRentals().stream()))
                .containsExactlyInAnyOrderElementsOf(rentals);
        assertThat(released.status()).isEqualTo(CarStatus.AVAILABLE);
        assertThat(released.version()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from outbox_event where event_type = 'CarStatusChanged' and message_key = ?")
                .param(car.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_full_last_page_is_the_last_and_a_page_beyond_the_end_still_tells_how_many_cars_match() {
        var model = "Paged " + UUID.randomUUID();
        var cars = IntStream.range(0, 4)
                .mapToObj(i -> registering.register(new RegisterCar(uniquePlate(), model, 10_000)).id()).toList();
        var filter = new CarFilter(null, model.toUpperCase(Locale.ROOT));

        var lastFull = ledger.page(filter, 1, 2);
        var beyond = ledger.page(filter, 3, 2);

        assertThat(lastFull.content()).extracting(Car::id).containsExactly(cars.get(2), cars.get(3));
        assertThat(lastFull.totalElements()).isEqualTo(4);
        assertThat(lastFull.last()).isTrue();
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(4);
        assertThat(beyond.last()).isTrue();
    }

    @Test
    void a_car_that_is_not_in_the_ledger_cannot_be_updated() {
        var stranger = Car.register(CarId.newId(), PlateNumber.of(uniquePlate()), new CarModel("Kia Morning"),
                new DailyRate(30_000), Instant.now());

        assertThatThrownBy(() -> ledger.update(stranger)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(stranger.id().toString());
    }

    private static RentalId newRental() {
        return new RentalId(UUID.randomUUID());
    }

    private static void atOnce(List<RentalId> rentals, Consumer<RentalId> change) throws Exception {
        var changes = new ArrayList<Callable<Void>>();
        rentals.forEach(rental -> changes.add(() -> {
            change.accept(rental);
            return null;
        }));
        try (var pool = Executors.newFixedThreadPool(rentals.size())) {
            for (var done : pool.invokeAll(changes)) {
                done.get();
            }
        }
    }
}
