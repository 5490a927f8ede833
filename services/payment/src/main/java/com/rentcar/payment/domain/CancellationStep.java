package com.rentcar.payment.domain;

/** What asking a payment to cancel leads to. */
public enum CancellationStep {

    /** The payment now waits for the provider's refund: ask the provider to give the money back. */
    REFUND,
    /** The payment was cancelled before: nothing to refund, nothing to announce. */
    ALREADY_CANCELLED,
    /** The provider is still answering an earlier call about this payment (its approval or a refund): ask again once it has. */
    WAIT_FOR_PROVIDER
}
