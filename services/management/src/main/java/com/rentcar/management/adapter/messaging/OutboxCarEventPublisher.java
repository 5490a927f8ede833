package com.rentcar.management.adapter.messaging;

import org.springframework.stereotype.Component;

import com.rentcar.management.application.CarEventPublisher;
import com.rentcar.management.domain.CarEvent;
import com.rentcar.platform.outbox.Outbox;

/** Stages a car's events in the outbox, in the transaction of the change; the relay publishes them after commit. */
@Component
class OutboxCarEventPublisher implements CarEventPublisher {

    private final Outbox outbox;

    OutboxCarEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(CarEvent event) {
        outbox.append(CarEventTopics.CAR_EVENTS, CarEventContract.type(event), CarEventContract.SCHEMA_VERSION,
                event.carId().toString(), CarEventContract.payload(event));
    }
}
