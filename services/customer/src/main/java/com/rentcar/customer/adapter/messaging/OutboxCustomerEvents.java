package com.rentcar.customer.adapter.messaging;

import org.springframework.stereotype.Component;

import com.rentcar.customer.application.CustomerEvents;
import com.rentcar.customer.domain.CustomerEvent;
import com.rentcar.customer.domain.CustomerRegistered;
import com.rentcar.platform.outbox.Outbox;

/** Stages customer events in the outbox, keyed by customer id, in the caller's transaction. */
@Component
class OutboxCustomerEvents implements CustomerEvents {

    private final Outbox outbox;

    OutboxCustomerEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(CustomerEvent event) {
        switch (event) {
            case CustomerRegistered registered -> outbox.append(CustomerTopics.CUSTOMER_EVENTS,
                    CustomerRegisteredV1.TYPE, CustomerRegisteredV1.SCHEMA_VERSION,
                    registered.customerId().toString(), CustomerRegisteredV1.of(registered));
        }
    }
}
