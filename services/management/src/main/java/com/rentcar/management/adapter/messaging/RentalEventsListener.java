package com.rentcar.management.adapter.messaging;

import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.rentcar.management.application.ChangingCarStatus;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.CarNotFound;
import com.rentcar.management.domain.RentalId;
import com.rentcar.platform.events.EventEnvelope;
import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.events.MalformedEventException;
import com.rentcar.platform.inbox.ProcessedEvents;

/**
 * The ledger follows rental's {@code rental-events} (schema major 1): {@code Rented} rents the car out to that rental,
 * {@code RentalCancelled} and {@code CarReturned} release it from that rental. Each event is applied once (the
 * processed-event log); other types are skipped. An event about a car this ledger does not hold is logged and skipped,
 * since retrying cannot make the car appear. A message that breaks the contract goes to {@code rental-events.DLT}.
 */
@Component
class RentalEventsListener {

    static final String RENTAL_EVENTS = "rental-events";
    static final String GROUP = "management";
    static final String CONSUMER = "management.rental-events";

    private static final Logger log = LoggerFactory.getLogger(RentalEventsListener.class);

    private final EventEnvelopes envelopes;
    private final ProcessedEvents processed;
    private final ChangingCarStatus changingStatus;

    RentalEventsListener(EventEnvelopes envelopes, ProcessedEvents processed, ChangingCarStatus changingStatus) {
        this.envelopes = envelopes;
        this.processed = processed;
        this.changingStatus = changingStatus;
    }

    @KafkaListener(topics = RENTAL_EVENTS, groupId = GROUP)
    void on(String message) {
        var event = envelopes.read(message, Set.of(1));
        switch (event.type()) {
            case "Rented" -> {
                var rental = rentalOf(event);
                apply(event, rental, () -> changingStatus.rentOut(rental.car(), rental.rental()));
            }
            case "RentalCancelled", "CarReturned" -> {
                var rental = rentalOf(event);
                apply(event, rental, () -> changingStatus.release(rental.car(), rental.rental()));
            }
            default -> log.debug("Skipping {} {}: not an event the ledger follows", event.type(), event.id());
        }
    }

    private void apply(EventEnvelope event, RentalOfCar rental, Runnable change) {
        try {
            processed.handleOnce(CONSUMER, event.id(), change);
        } catch (CarNotFound e) {
            log.warn("Skipping {} {} of rental {}: car {} is not in this ledger", event.type(), event.id(),
                    rental.rental(), rental.car());
        }
    }

    /** The rental and car an event of {@code rental-events} 1.x is about; its subject must be the rental. */
    private RentalOfCar rentalOf(EventEnvelope event) {
        var data = envelopes.data(event, RentalEventV1.class);
        if (data.rentalId() == null || data.carId() == null) {
            throw new MalformedEventException(event.type() + " needs rentalId and carId");
        }
        if (!data.rentalId().toString().equals(event.subject())) {
            throw new MalformedEventException(event.type() + " subject " + event.subject() + " is not its rentalId "
                    + data.rentalId());
        }
        return new RentalOfCar(new RentalId(data.rentalId()), new CarId(data.carId()));
    }

    /**
     * What the ledger reads of {@code Rented}, {@code RentalCancelled} and {@code CarReturned} 1.x: all three name the
     * rental and its car (other fields are ignored).
     */
    record RentalEventV1(UUID rentalId, UUID carId) {
    }

    private record RentalOfCar(RentalId rental, CarId car) {
    }
}
