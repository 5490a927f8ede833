package com.rentcar.reservation.adapter.web;

import java.util.UUID;

import com.rentcar.reservation.domain.BookableCar;

/** A car that can be reserved now. */
record AvailableCarResponse(UUID id, String plateNumber, String model, long dailyRate) {

    static AvailableCarResponse of(BookableCar car) {
        return new AvailableCarResponse(car.id().value(), car.plateNumber(), car.model(), car.dailyRate().won());
    }
}
