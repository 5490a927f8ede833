package com.rentcar.payment.application;

/**
 * Another call about the same payment is still waiting for the provider, longer than this call waits for it;
 * asking again shortly gives its outcome.
 */
public class PaymentInProgress extends RuntimeException {

    public PaymentInProgress(String what) {
        super(what + " is still waiting for the payment provider's answer; ask again shortly with the same request");
    }
}
