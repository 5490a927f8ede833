package com.rentcar.payment.application;

import com.rentcar.payment.domain.PaymentEvent;

/** Hands a payment's events over for publication; must be called inside the transaction that made the change. */
public interface PaymentEventPublisher {

    void publish(PaymentEvent event);
}
