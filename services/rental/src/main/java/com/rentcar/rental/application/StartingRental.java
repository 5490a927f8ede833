package com.rentcar.rental.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.rental.domain.CarStillRented;
import com.rentcar.rental.domain.PaidReservation;
import com.rentcar.rental.domain.Rental;
import com.rentcar.rental.domain.RentalId;

/**
 * FR3: when the payment of a reservation is approved, the car is rented out. A reservation is rented out at most
 * once, however often its approval arrives: the store's unique reservation decides.
 */
@Service
public class StartingRental {

    private static final Logger log = LoggerFactory.getLogger(StartingRental.class);

    private final Rentals rentals;
    private final RentalEventPublisher events;
    private final Clock clock;

    public StartingRental(Rentals rentals, RentalEventPublisher events, Clock clock) {
        this.rentals = rentals;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return the rental started now; empty when the reservation had one already (started before, or cancelled
     *         before its approval arrived)
     * @throws CarStillRented when the car's earlier rental has not ended here yet; worth retrying, since its
     *         cancellation is on its way
     */
    @Transactional
    public Optional<Rental> paymentApproved(PaidReservation paid) {
        var rental = Rental.start(RentalId.newId(), paid, clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!rentals.addUnlessReservationTaken(rental)) {
            log.info("Reservation {} has a rental already; the approval of payment {} changes nothing",
                    paid.reservationId(), paid.paymentId());
            return Optional.empty();
        }
        rental.releaseEvents().forEach(events::publish);
        return Optional.of(rental);
    }
}
