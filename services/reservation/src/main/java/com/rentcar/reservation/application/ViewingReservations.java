package com.rentcar.reservation.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.reservation.domain.CustomerId;
import com.rentcar.reservation.domain.Reservation;
import com.rentcar.reservation.domain.ReservationId;
import com.rentcar.reservation.domain.ReservationNotFound;

/**
 * Customers look at their own reservations, admins at everyone's. Reservations still waiting for their
 * payment are not shown: the customer has not been told about them yet.
 */
@Service
@Transactional(readOnly = true)
public class ViewingReservations {

    private final Reservations reservations;

    public ViewingReservations(Reservations reservations) {
        this.reservations = reservations;
    }

    /** The customer's own reservations, newest first. */
    public List<Reservation> of(CustomerId customer) {
        return reservations.visibleOf(customer);
    }

    /** Every reservation, newest first (admins). */
    public List<Reservation> all() {
        return reservations.visible();
    }

    /**
     * @throws ReservationNotFound when there is none, or it is another customer's and the caller is no admin
     */
    public Reservation one(ReservationId id, CustomerId caller, boolean admin) {
        return reservations.find(id)
                .filter(r -> r.status().isVisible())
                .filter(r -> admin || r.isOwnedBy(caller))
                .orElseThrow(() -> new ReservationNotFound(id));
    }
}
