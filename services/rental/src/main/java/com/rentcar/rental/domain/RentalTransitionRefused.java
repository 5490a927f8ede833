package com.rentcar.rental.domain;

/** A move the rental's status does not allow, e.g. recording the return of a rental that was cancelled. */
public class RentalTransitionRefused extends RuntimeException {

    public RentalTransitionRefused(RentalId id, RentalStatus current, String move) {
        super("Rental " + id + " is " + current + " and cannot " + move);
    }
}
