package com.rentcar.management.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.management.domain.Car;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.CarNotFound;
import com.rentcar.management.domain.CarStatusTransitionRefused;
import com.rentcar.management.domain.RentalId;

/**
 * The ledger follows the rentals: a car is shown rented while a rental holds it and available once that
 * rental is cancelled or the car is returned. Each change is announced as CarStatusChanged.
 */
@Service
public class ChangingCarStatus {

    private final CarLedger ledger;
    private final CarEventPublisher events;
    private final Clock clock;

    public ChangingCarStatus(CarLedger ledger, CarEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws CarNotFound when the ledger has no such car
     * @throws CarStatusTransitionRefused when the car is not available
     */
    @Transactional
    public Car rentOut(CarId carId, RentalId rentalId) {
        return change(carId, (car, at) -> car.rentOut(rentalId, at));
    }

    /**
     * @throws CarNotFound when the ledger has no such car
     * @throws CarStatusTransitionRefused when the car is not rented
     */
    @Transactional
    public Car makeAvailable(CarId carId) {
        return change(carId, Car::makeAvailable);
    }

    private Car change(CarId carId, BiConsumer<Car, Instant> change) {
        var car = ledger.findForChange(carId).orElseThrow(() -> new CarNotFound(carId));
        change.accept(car, clock.instant().truncatedTo(ChronoUnit.MICROS));
        ledger.update(car);
        car.releaseEvents().forEach(events::publish);
        return car;
    }
}
