package com.rentcar.rental.domain;

/**
 * A car is held by at most one RENTED rental: a new rental of a car whose earlier rental has not ended here yet
 * must wait until it has (its cancellation may still be on its way from another partition).
 */
public class CarStillRented extends RuntimeException {

    public CarStillRented(CarId car, ReservationId waiting) {
        super("Car " + car + " is still held by a RENTED rental, so reservation " + waiting
                + " cannot be rented out yet");
    }
}
