package com.rentcar.payment.domain;

/** The payment took no money, so there is nothing to cancel. */
public class PaymentNotCancellable extends RuntimeException {

    public PaymentNotCancellable(PaymentId id, PaymentStatus status) {
        super("Payment " + id + " is " + status + " and cannot be cancelled: no money was taken");
    }
}
