package com.rentcar.payment.domain;

/** The key names a payment already, for another charge: one key is one payment, whatever the caller sends later. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(IdempotencyKey key, PaymentId existing) {
        super("Idempotency key '" + key + "' was already used for payment " + existing
                + " with a different reservation, customer, car or amount; use a new key for a new payment");
    }
}
