package com.rentcar.reservation.adapter.messaging;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.events.MalformedEventException;
import com.rentcar.platform.inbox.ProcessedEvents;
import com.rentcar.reservation.application.CompletingReservation;
import com.rentcar.reservation.domain.CarId;
import com.rentcar.reservation.domain.ReservationId;

/**
 * Follows rental's {@code rental-events}: {@code CarReturned} completes the reservation and frees the car.
 * {@code Rented} and {@code RentalCancelled} change nothing here (the reservation already holds the car, and
 * a rental is cancelled only after its reservation was) and are skipped.
 */
@Component
class RentalEventsListener {

    static final String CONSUMER = "reservation.rental-returns";

    private final EventEnvelopes envelopes;
    private final ProcessedEvents processed;
    private final CompletingReservation completing;

    RentalEventsListener(EventEnvelopes envelopes, ProcessedEvents processed, CompletingReservation completing) {
        this.envelopes = envelopes;
        this.processed = processed;
        this.completing = completing;
    }

    @KafkaListener(topics = ReservationEventTopics.RENTAL_EVENTS, groupId = CONSUMER)
    void on(String message) {
        var event = envelopes.read(message, Set.of(1));
        if (!"CarReturned".equals(event.type())) {
            return;
        }
        var returned = envelopes.data(event, CarReturnedV1.class);
        if (returned.reservationId() == null || returned.carId() == null || returned.returnedAt() == null) {
            throw new MalformedEventException("CarReturned needs reservationId, carId and returnedAt");
        }
        processed.handleOnce(CONSUMER, event.id(), () -> completing.carReturned(
                new ReservationId(returned.reservationId()), new CarId(returned.carId()), returned.returnedAt()));
    }

    /** What this consumer reads of {@code CarReturned} 1.x (other fields are ignored). */
    record CarReturnedV1(UUID rentalId, UUID reservationId, UUID customerId, UUID carId, Instant returnedAt) {
    }
}
