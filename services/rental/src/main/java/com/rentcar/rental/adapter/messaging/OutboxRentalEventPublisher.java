package com.rentcar.rental.adapter.messaging;

import org.springframework.stereotype.Component;

import com.rentcar.platform.outbox.Outbox;
import com.rentcar.rental.application.RentalEventPublisher;
import com.rentcar.rental.domain.RentalEvent;

/** Stages a rental's events in the outbox, in the transaction of the change; the relay publishes them after commit. */
@Component
class OutboxRentalEventPublisher implements RentalEventPublisher {

    private final Outbox outbox;

    OutboxRentalEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(RentalEvent event) {
        outbox.append(RentalEventTopics.RENTAL_EVENTS, RentalEventContract.type(event),
                RentalEventContract.SCHEMA_VERSION, event.rentalId().toString(), RentalEventContract.payload(event));
    }
}
