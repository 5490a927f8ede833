package com.rentcar.reservation.domain;

/** The car is held by another active reservation. */
public class CarNotAvailable extends RuntimeException {

    public CarNotAvailable(CarId id) {
        super("Car " + id + " is not available: it is already reserved");
    }
}
