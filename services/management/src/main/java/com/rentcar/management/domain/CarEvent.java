package com.rentcar.management.domain;

import java.time.Instant;

/** What happened to a car, raised by the {@link Car} aggregate with the change it announces. */
public sealed interface CarEvent {

    CarId carId();

    long version();

    /** A car entered the ledger, available for rent. */
    record CarRegistered(CarId carId, PlateNumber plateNumber, CarModel model, DailyRate dailyRate, CarStatus status,
            long version, Instant registeredAt) implements CarEvent {
    }

    /** A car was rented out or became available again. */
    record CarStatusChanged(CarId carId, CarStatus status, long version, Instant changedAt) implements CarEvent {
    }
}
