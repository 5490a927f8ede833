package com.rentcar.reservation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.rentcar.reservation.domain.CustomerId;
import com.rentcar.reservation.domain.Reservation;
import com.rentcar.reservation.domain.ReservationId;

/** Where reservations are kept. */
public interface Reservations {

    /**
     * Stores a new reservation holding its car, unless another reservation holds the car already. The store
     * decides, atomically, even between concurrent customers.
     *
     * @return false when the car is held by someone else; nothing is stored then
     */
    boolean holdCar(Reservation reservation);

    /** Stores a reservation that does not hold its car (kept only to settle its payment). */
    void add(Reservation reservation);

    Optional<Reservation> find(ReservationId id);

    /** Finds a reservation for a change, keeping others from changing it until the transaction ends. */
    Optional<Reservation> findForChange(ReservationId id);

    /** Stores the new state of a reservation found with {@link #findForChange}. */
    void update(Reservation reservation);

    /** Forgets a reservation that never came to be (its payment did not go through); the car is free. */
    void remove(ReservationId id);

    /** The customer's reservations they can see, newest first. */
    List<Reservation> visibleOf(CustomerId customer);

    /** Every reservation customers can see, newest first. */
    List<Reservation> visible();

    /** Reservations still waiting for their payment's outcome that were made before {@code heldBefore}, oldest first. */
    List<ReservationId> awaitingPayment(Instant heldBefore, int limit);

    /** Pending cancellations whose next attempt is due at {@code now}, oldest first. */
    List<ReservationId> cancellationsDue(Instant now, int limit);

    /** When the refund of a pending cancellation should be tried next. */
    void retryCancellationAt(ReservationId id, Instant at);
}
