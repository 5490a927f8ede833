package com.rentcar.management.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.rentcar.management.domain.Car;
import com.rentcar.management.domain.CarEvent;
import com.rentcar.management.domain.CarEvent.CarStatusChanged;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.CarModel;
import com.rentcar.management.domain.CarNotFound;
import com.rentcar.management.domain.CarStatus;
import com.rentcar.management.domain.DailyRate;
import com.rentcar.management.domain.PlateNumber;
import com.rentcar.management.domain.RentalId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangingCarStatusTest {

    private static final Instant REGISTERED = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-05-03T12:00:00.123456789Z");

    private final CarLedger ledger = mock(CarLedger.class);
    private final CarEventPublisher events = mock(CarEventPublisher.class);
    private final ChangingCarStatus changingStatus = new ChangingCarStatus(ledger, events,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final RentalId rental = new RentalId(UUID.randomUUID());

    @Test
    void renting_out_stores_the_rented_car_and_announces_it_at_the_ledgers_time() {
        var car = inLedger(available());

        changingStatus.rentOut(car.id(), rental);

        verify(ledger).update(car);
        assertThat(car.status()).isEqualTo(CarStatus.RENTED);
        assertThat(published()).containsExactly(
                new CarStatusChanged(car.id(), CarStatus.RENTED, 3, Instant.parse("2026-05-03T12:00:00.123456Z")));
    }

    @Test
    void the_end_of_the_rental_holding_the_car_makes_it_available_and_announces_it() {
        var car = inLedger(rentedTo(rental));

        changingStatus.release(car.id(), rental);

        assertThat(car.status()).isEqualTo(CarStatus.AVAILABLE);
        assertThat(published()).extracting(CarEvent::version).containsExactly(3L);
    }

    @Test
    void the_end_of_a_rental_that_does_not_hold_the_car_announces_nothing() {
        var car = inLedger(rentedTo(rental));

        changingStatus.release(car.id(), new RentalId(UUID.randomUUID()));

        assertThat(car.status()).isEqualTo(CarStatus.RENTED);
        assertThat(car.version()).isEqualTo(2);
        verify(events, never()).publish(any());
    }

    @Test
    void a_car_the_ledger_does_not_hold_cannot_change() {
        var unknown = CarId.newId();
        when(ledger.findForChange(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> changingStatus.rentOut(unknown, rental)).isInstanceOf(CarNotFound.class);
        assertThatThrownBy(() -> changingStatus.release(unknown, rental)).isInstanceOf(CarNotFound.class);
        verify(ledger, never()).update(any());
        verify(events, never()).publish(any());
    }

    private Car inLedger(Car car) {
        when(ledger.findForChange(car.id())).thenReturn(Optional.of(car));
        return car;
    }

    private List<CarEvent> published() {
        var captor = ArgumentCaptor.forClass(CarEvent.class);
        verify(events, atLeast(0)).publish(captor.capture());
        return captor.getAllValues();
    }

    private static Car available() {
        return Car.restore(CarId.newId(), PlateNumber.of("12가 3456"), new CarModel("Hyundai Avante"),
                new DailyRate(50_000), CarStatus.AVAILABLE, null, List.of(), 2, REGISTERED, REGISTERED);
    }

    private static Car rentedTo(RentalId rental) {
        return Car.restore(CarId.newId(), PlateNumber.of("12가 3456"), new CarModel("Hyundai Avante"),
                new DailyRate(50_000), CarStatus.RENTED, rental, List.of(), 2, REGISTERED, REGISTERED);
    }
}
