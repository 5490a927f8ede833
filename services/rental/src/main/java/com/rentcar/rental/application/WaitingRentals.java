package com.rentcar.rental.application;

import java.time.Instant;
import java.util.Optional;

import com.rentcar.rental.domain.CarId;
import com.rentcar.rental.domain.PaidReservation;
import com.rentcar.rental.domain.ReservationId;

/** Approved reservations waiting for their car's earlier rental to end here. */
public interface WaitingRentals {

    /** Remembers the reservation as waiting for its car (once: a second call changes nothing). */
    void add(PaidReservation paid, Instant since);

    /** Takes the reservation that has waited longest for the car out of the queue, locking it until commit. */
    Optional<PaidReservation> takeOldest(CarId car);

    /** Forgets the reservation (its payment was cancelled before its car came free). */
    boolean remove(ReservationId reservation);
}
