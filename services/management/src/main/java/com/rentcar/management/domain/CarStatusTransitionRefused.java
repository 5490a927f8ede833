package com.rentcar.management.domain;

/** A status change the car's current status does not allow, e.g. renting out a car that is already rented. */
public class CarStatusTransitionRefused extends RuntimeException {

    public CarStatusTransitionRefused(CarId car, CarStatus current, CarStatus requested) {
        super("Car " + car + " is " + current + " and cannot become " + requested);
    }
}
