package com.rentcar.rental.application;

import java.util.List;
import java.util.Optional;

import com.rentcar.rental.domain.CarId;
import com.rentcar.rental.domain.CarStillRented;
import com.rentcar.rental.domain.Rental;
import com.rentcar.rental.domain.RentalId;
import com.rentcar.rental.domain.RentalStatus;
import com.rentcar.rental.domain.ReservationId;

/** Where the rentals are kept. */
public interface Rentals {

    /**
     * Adds a new rental unless its reservation has one already; the store decides, atomically, even between
     * concurrent calls (a second insert waits for the first one's transaction, then does nothing).
     *
     * @return true when added, false when the reservation already had a rental
     * @throws CarStillRented when the rental is RENTED and the store holds another RENTED rental of its car
     */
    boolean addUnlessReservationTaken(Rental rental);

    /** Whether the car is in a RENTED rental now. */
    boolean carRented(CarId car);

    Optional<Rental> find(RentalId id);

    /** Finds a rental for a change, keeping others from changing it until the transaction ends. */
    Optional<Rental> findForChange(RentalId id);

    /** Finds the rental of a reservation for a change, keeping others from changing it until the transaction ends. */
    Optional<Rental> findForChange(ReservationId reservation);

    /** Stores the new state of a rental found with {@code findForChange}. */
    void update(Rental rental);

    /** The rentals newest first (by when they were recorded); only those in {@code status} when given. */
    List<Rental> list(Optional<RentalStatus> status);
}
