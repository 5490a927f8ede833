package com.rentcar.rental.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.rental.domain.PaidReservation;
import com.rentcar.rental.domain.Rental;
import com.rentcar.rental.domain.RentalId;

/**
 * FR7: when a payment is cancelled, the rental it paid for is cancelled (and the car becomes available again
 * elsewhere, following RentalCancelled). A returned rental stays returned. A cancellation that arrives before
 * its approval is remembered as a rental cancelled before it started, so the late approval rents nothing.
 */
@Service
public class CancellingRental {

    private final Rentals rentals;
    private final WaitingRentals waiting;
    private final StartingRental starting;
    private final RentalEventPublisher events;
    private final Clock clock;

    public CancellingRental(Rentals rentals, WaitingRentals waiting, StartingRental starting, RentalEventPublisher events,
            Clock clock) {
        this.rentals = rentals;
        this.waiting = waiting;
        this.starting = starting;
        this.events = events;
        this.clock = clock;
    }

    /** @return the rental of the reservation as it stands after the cancellation */
    @Transactional
    public Rental paymentCancelled(PaidReservation cancelled) {
        var at = now();
        var existing = rentals.findForChange(cancelled.reservationId());
        if (existing.isPresent()) {
            return cancel(existing.get(), cancelled, at);
        }
        // its approval may be waiting for the car: it never starts now
        waiting.remove(cancelled.reservationId());
        var neverStarted = Rental.cancelledBeforeStart(RentalId.newId(), cancelled, at);
        if (rentals.addUnlessReservationTaken(neverStarted)) {
            return neverStarted;
        }
        // an approval of the reservation was recorded meanwhile (and committed): cancel what it started
        return cancel(rentals.findForChange(cancelled.reservationId()).orElseThrow(), cancelled, at);
    }

    private Rental cancel(Rental rental, PaidReservation cancelled, Instant at) {
        rental.cancel(cancelled.paymentId(), at);
        var announced = rental.releaseEvents();
        if (!announced.isEmpty()) {
            rentals.update(rental);
            announced.forEach(events::publish);
            starting.carFreed(cancelled.carId());
        }
        return rental;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
