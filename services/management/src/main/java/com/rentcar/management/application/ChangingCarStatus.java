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
import com.rentcar.management.domain.RentalId;

/**
 * The ledger follows the rentals: a car is shown rented while a rental holds it and available once the end of that
 * rental (cancelled, or the car returned) is seen. Each status change is announced as CarStatusChanged with the change.
 * Rentals' events may arrive late, repeated, or out of order across rentals; {@link Car} decides what each one
 * means, so none of them moves a car back to a wrong status.
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
     * A rental started: the car becomes RENTED, held by it (the newest rental holds the car, see {@link Car#rentOut}).
     *
     * @throws CarNotFound when the ledger has no such car
     */
    @Transactional
    public Car rentOut(CarId carId, RentalId rentalId) {
        return change(carId, (car, at) -> car.rentOut(rentalId, at));
    }

    /**
     * A rental ended: the car becomes AVAILABLE if that rental holds it; otherwise nothing visible changes (see
     * {@link Car#release}).
     *
     * @throws CarNotFound when the ledger has no such car
     */
    @Transactional
    public Car release(CarId carId, RentalId rentalId) {
        return change(carId, (car, at) -> car.release(rentalId, at));
    }

    private Car change(CarId carId, BiConsumer<Car, Instant> change) {
        var car = ledger.findForChange(carId).orElseThrow(() -> new CarNotFound(carId));
        change.accept(car, clock.instant().truncatedTo(ChronoUnit.MICROS));
        ledger.update(car);
        car.releaseEvents().forEach(events::publish);
        return car;
    }
}
