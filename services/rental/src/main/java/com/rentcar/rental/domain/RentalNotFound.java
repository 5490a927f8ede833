package com.rentcar.rental.domain;

/** No rental has this id. */
public class RentalNotFound extends RuntimeException {

    public RentalNotFound(RentalId id) {
        super("No rental with id " + id + " exists");
    }
}
