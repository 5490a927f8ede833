package com.rentcar.rental.application;

import java.time.Instant;
import java.util.Optional;

import com.rentcar.rental.domain.CarId;
import com.rentcar.rental.domain.PaidReservation;
import com.rentcar.rental.domain.ReservationId;

/** Approved reservations waiting for their car's earlier rental to end here. */
public interface WaitingRentals {

    /**
     * Holds the car's queue until commit. Deciding that an approval waits (its car is still rented) and handing a
     * freed car to the next in its queue run in separate transactions; without this, an approval could join the
     * queue just after the car was freed and the queue found empty, and wait forever.
     */
    void lockQueue(CarId car);

    /** Remembers the reservation as waiting for its car (once: a second call changes nothing). */
    void add(PaidReservation paid, Instant since);

    /** Takes the reservation that has waited longest for the car out of the queue, locking it until commit. */
    Optional<PaidReservation> takeOldest(CarId car);

    /** Forgets the reservation (its payment was cancelled before its car came free). */
    boolean remove(ReservationId reservation);
}
