package com.rentcar.reservation.domain;

/** No car with this id has been registered. */
public class UnknownCar extends RuntimeException {

    public UnknownCar(CarId id) {
        super("No car with id " + id + " is registered");
    }
}
