package com.rentcar.management.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.management.domain.Car;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.CarModel;
import com.rentcar.management.domain.DailyRate;
import com.rentcar.management.domain.PlateNumber;
import com.rentcar.management.domain.PlateNumberAlreadyRegistered;

/** An admin registers a car the company owns: it enters the ledger available, and CarRegistered is announced. */
@Service
public class RegisteringCar {

    private final CarLedger ledger;
    private final CarEventPublisher events;
    private final Clock clock;

    public RegisteringCar(CarLedger ledger, CarEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws PlateNumberAlreadyRegistered when the plate is in the ledger already; nothing is stored then
     */
    @Transactional
    public Car register(RegisterCar request) {
        var car = Car.register(CarId.newId(), PlateNumber.of(request.plateNumber()), new CarModel(request.model()),
                new DailyRate(request.dailyRate()), now());
        ledger.add(car);
        car.releaseEvents().forEach(events::publish);
        return car;
    }

    /** Microseconds, as PostgreSQL keeps them, so the answer, the event and a later read show the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
