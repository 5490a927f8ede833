package com.rentcar.management.adapter.web;

import java.time.Instant;
import java.util.UUID;

import com.rentcar.management.domain.Car;
import com.rentcar.management.domain.CarStatus;

/** One car of the ledger as staff see it. */
record CarResponse(UUID id, String plateNumber, String model, long dailyRate, CarStatus status, long version,
        Instant registeredAt, Instant updatedAt) {

    static CarResponse of(Car car) {
        return new CarResponse(car.id().value(), car.plateNumber().value(), car.model().value(), car.dailyRate().won(),
                car.status(), car.version(), car.registeredAt(), car.updatedAt());
    }
}
