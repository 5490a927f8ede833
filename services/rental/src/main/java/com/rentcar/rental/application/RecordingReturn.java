package com.rentcar.rental.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.rental.domain.Rental;
import com.rentcar.rental.domain.RentalId;
import com.rentcar.rental.domain.RentalNotFound;
import com.rentcar.rental.domain.RentalTransitionRefused;

/**
 * An admin records that the car of a rental came back: the rental is RETURNED and CarReturned is announced
 * once (reservation completes, the ledger shows the car available). Recording it again changes nothing.
 */
@Service
public class RecordingReturn {

    private final Rentals rentals;
    private final StartingRental starting;
    private final RentalEventPublisher events;
    private final Clock clock;

    public RecordingReturn(Rentals rentals, StartingRental starting, RentalEventPublisher events, Clock clock) {
        this.rentals = rentals;
        this.starting = starting;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return the returned rental (returned now or before)
     * @throws RentalNotFound when no rental has this id
     * @throws RentalTransitionRefused when the rental was cancelled
     */
    @Transactional
    public Rental recordReturn(RentalId id) {
        var rental = rentals.findForChange(id).orElseThrow(() -> new RentalNotFound(id));
        rental.recordReturn(clock.instant().truncatedTo(ChronoUnit.MICROS));
        var announced = rental.releaseEvents();
        if (!announced.isEmpty()) {
            rentals.update(rental);
            announced.forEach(events::publish);
            starting.carFreed(rental.reservation().carId());
        }
        return rental;
    }
}
