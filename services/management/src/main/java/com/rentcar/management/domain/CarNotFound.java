package com.rentcar.management.domain;

/** The ledger has no car with this id. */
public class CarNotFound extends RuntimeException {

    public CarNotFound(CarId id) {
        super("No car with id " + id + " is registered");
    }
}
