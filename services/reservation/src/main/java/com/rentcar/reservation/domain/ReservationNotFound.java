package com.rentcar.reservation.domain;

/** No reservation with this id that the caller may see (another customer's is reported the same way). */
public class ReservationNotFound extends RuntimeException {

    public ReservationNotFound(ReservationId id) {
        super("No reservation with id " + id + " was found");
    }
}
