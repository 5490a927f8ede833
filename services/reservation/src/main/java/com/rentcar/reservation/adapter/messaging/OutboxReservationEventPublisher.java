package com.rentcar.reservation.adapter.messaging;

import org.springframework.stereotype.Component;

import com.rentcar.platform.outbox.Outbox;
import com.rentcar.reservation.application.ReservationEventPublisher;
import com.rentcar.reservation.domain.ReservationEvent;

/** Stages a reservation's events in the outbox, in the transaction of the change; the relay publishes them after commit. */
@Component
class OutboxReservationEventPublisher implements ReservationEventPublisher {

    private final Outbox outbox;

    OutboxReservationEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ReservationEvent event) {
        outbox.append(ReservationEventTopics.RESERVATION_EVENTS, ReservationEventContract.type(event),
                ReservationEventContract.SCHEMA_VERSION, event.reservationId().toString(),
                ReservationEventContract.payload(event));
    }
}
