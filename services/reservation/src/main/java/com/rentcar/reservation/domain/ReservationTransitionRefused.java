package com.rentcar.reservation.domain;

/** A change the reservation's current state does not allow, e.g. cancelling a completed reservation. */
public class ReservationTransitionRefused extends RuntimeException {

    private final ReservationStatus current;

    public ReservationTransitionRefused(ReservationId id, ReservationStatus current, String change) {
        super("Reservation " + id + " is " + current + " and cannot be " + change);
        this.current = current;
    }

    public ReservationStatus current() {
        return current;
    }
}
