package com.rentcar.management.domain;

/** A plate identifies one car: the ledger holds each plate number at most once. */
public class PlateNumberAlreadyRegistered extends RuntimeException {

    public PlateNumberAlreadyRegistered(PlateNumber plate) {
        super("A car with plate number '" + plate + "' is already registered");
    }
}
