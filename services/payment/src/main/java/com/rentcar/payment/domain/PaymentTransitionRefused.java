package com.rentcar.payment.domain;

/** A move the payment's current status does not allow, e.g. approving a payment that was declined. */
public class PaymentTransitionRefused extends RuntimeException {

    public PaymentTransitionRefused(PaymentId id, PaymentStatus current, String move) {
        super("Payment " + id + " is " + current + " and cannot " + move);
    }
}
