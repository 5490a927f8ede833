package com.rentcar.rental.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.rental.domain.CarId;
import com.rentcar.rental.domain.CarStillRented;
import com.rentcar.rental.domain.PaidReservation;
import com.rentcar.rental.domain.Rental;
import com.rentcar.rental.domain.RentalId;

/**
 * FR3: when the payment of a reservation is approved, the car is rented out. A reservation is rented out at most
 * once, however often its approval arrives: the store's unique reservation decides.
 * <p>
 * The approval may arrive while the car is still in an earlier rental here: reservation frees a car as soon as its
 * previous reservation is cancelled (or, when a payment call timed out, abandoned and refunded later), and the
 * earlier payment's cancellation travels on another partition of {@code payment-events}, or even behind this approval
 * on the same one. Such an approval waits in {@link WaitingRentals} (it neither blocks its partition nor goes to the
 * dead-letter topic), and starts when the car's rental ends ({@link #carFreed}).
 */
@Service
public class StartingRental {

    private static final Logger log = LoggerFactory.getLogger(StartingRental.class);

    private final Rentals rentals;
    private final WaitingRentals waiting;
    private final RentalEventPublisher events;
    private final Clock clock;

    public StartingRental(Rentals rentals, WaitingRentals waiting, RentalEventPublisher events, Clock clock) {
        this.rentals = rentals;
        this.waiting = waiting;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return the rental started now; empty when the reservation had one already (started before, or cancelled
     *         before its approval arrived), or when it waits for its car
     * @throws CarStillRented when another approval for the car was recorded concurrently; worth retrying (the retry
     *         sees that rental and waits for it to end)
     */
    @Transactional
    public Optional<Rental> paymentApproved(PaidReservation paid) {
        waiting.lockQueue(paid.carId());
        if (rentals.findForChange(paid.reservationId()).isEmpty() && rentals.carRented(paid.carId())) {
            log.info("Car {} is still in an earlier rental here; reservation {} waits for it", paid.carId(),
                    paid.reservationId());
            waiting.add(paid, now());
            return Optional.empty();
        }
        return start(paid);
    }

    /**
     * The car's rental ended (cancelled or returned): the reservation that has waited longest for it, if any, is
     * rented out now, in the same transaction.
     */
    @Transactional
    public Optional<Rental> carFreed(CarId car) {
        waiting.lockQueue(car);
        var next = waiting.takeOldest(car);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        log.info("Car {} is free: reservation {}, which waited for it, is rented out now", car, next.get().reservationId());
        return start(next.get());
    }

    private Optional<Rental> start(PaidReservation paid) {
        var rental = Rental.start(RentalId.newId(), paid, now());
        if (!rentals.addUnlessReservationTaken(rental)) {
            log.info("Reservation {} has a rental already; the approval of payment {} changes nothing",
                    paid.reservationId(), paid.paymentId());
            return Optional.empty();
        }
        rental.releaseEvents().forEach(events::publish);
        return Optional.of(rental);
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
