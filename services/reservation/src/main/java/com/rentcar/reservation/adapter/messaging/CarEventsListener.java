package com.rentcar.reservation.adapter.messaging;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.events.MalformedEventException;
import com.rentcar.platform.inbox.ProcessedEvents;
import com.rentcar.reservation.application.RecordingCarCatalogue;
import com.rentcar.reservation.domain.BookableCar;
import com.rentcar.reservation.domain.CarId;
import com.rentcar.reservation.domain.Money;

/**
 * Builds the car catalogue from management's {@code car-events}: {@code CarRegistered} adds a bookable car.
 * {@code CarStatusChanged} is not needed here (whether a car is free follows from this service's own
 * reservations) and is skipped.
 */
@Component
class CarEventsListener {

    static final String CONSUMER = "reservation.car-catalogue";

    private final EventEnvelopes envelopes;
    private final ProcessedEvents processed;
    private final RecordingCarCatalogue catalogue;

    CarEventsListener(EventEnvelopes envelopes, ProcessedEvents processed, RecordingCarCatalogue catalogue) {
        this.envelopes = envelopes;
        this.processed = processed;
        this.catalogue = catalogue;
    }

    @KafkaListener(topics = ReservationEventTopics.CAR_EVENTS, groupId = CONSUMER)
    void on(String message) {
        var event = envelopes.read(message, Set.of(1));
        if (!"CarRegistered".equals(event.type())) {
            return;
        }
        var car = envelopes.data(event, CarRegisteredV1.class).toBookableCar();
        if (!car.id().value().toString().equals(event.subject())) {
            throw new MalformedEventException("CarRegistered subject " + event.subject() + " is not its carId " + car.id());
        }
        processed.handleOnce(CONSUMER, event.id(), () -> catalogue.record(car));
    }

    /** What this consumer reads of {@code CarRegistered} 1.x (other fields are ignored). */
    record CarRegisteredV1(UUID carId, String plateNumber, String model, Long dailyRate, Instant registeredAt) {

        BookableCar toBookableCar() {
            if (carId == null || dailyRate == null || registeredAt == null) {
                throw new MalformedEventException("CarRegistered needs carId, dailyRate and registeredAt");
            }
            try {
                return new BookableCar(new CarId(carId), plateNumber, model, new Money(dailyRate), registeredAt);
            } catch (IllegalArgumentException e) {
                throw new MalformedEventException("CarRegistered is not a valid car: " + e.getMessage(), e);
            }
        }
    }
}
