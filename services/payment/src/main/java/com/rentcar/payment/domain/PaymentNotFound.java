package com.rentcar.payment.domain;

/** No payment has this id or idempotency key. */
public class PaymentNotFound extends RuntimeException {

    public PaymentNotFound(PaymentId id) {
        super("No payment with id " + id + " exists");
    }

    public PaymentNotFound(IdempotencyKey key) {
        super("No payment with idempotency key '" + key + "' exists");
    }
}
