package com.rentcar.payment.adapter.messaging;

import org.springframework.stereotype.Component;

import com.rentcar.payment.application.PaymentEventPublisher;
import com.rentcar.payment.domain.PaymentEvent;
import com.rentcar.platform.outbox.Outbox;

/** Stages a payment's events in the outbox, in the transaction of the change; the relay publishes them after commit. */
@Component
class OutboxPaymentEventPublisher implements PaymentEventPublisher {

    private final Outbox outbox;

    OutboxPaymentEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(PaymentEvent event) {
        outbox.append(PaymentEventTopics.PAYMENT_EVENTS, PaymentEventContract.type(event),
                PaymentEventContract.SCHEMA_VERSION, event.paymentId().toString(), PaymentEventContract.payload(event));
    }
}
