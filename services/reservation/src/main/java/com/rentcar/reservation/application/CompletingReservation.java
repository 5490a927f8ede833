package com.rentcar.reservation.application;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.reservation.domain.CarId;
import com.rentcar.reservation.domain.ReservationId;

/**
 * The car of a reservation was returned (rental's {@code CarReturned}): the reservation is completed and
 * the car can be reserved again. Only a confirmed reservation of that car completes; a repeated, late or
 * stray return changes nothing.
 */
@Service
public class CompletingReservation {

    private static final Logger log = LoggerFactory.getLogger(CompletingReservation.class);

    private final Reservations reservations;
    private final ReservationChanges changes;

    public CompletingReservation(Reservations reservations, ReservationChanges changes) {
        this.reservations = reservations;
        this.changes = changes;
    }

    /** @return true when the reservation was completed now */
    @Transactional
    public boolean carReturned(ReservationId id, CarId car, Instant returnedAt) {
        var reservation = reservations.find(id);
        if (reservation.isEmpty() || !reservation.get().carId().equals(car)) {
            log.warn("CarReturned for reservation {} of car {} matches no reservation here; ignored", id, car);
            return false;
        }
        return changes.complete(id, returnedAt);
    }
}
