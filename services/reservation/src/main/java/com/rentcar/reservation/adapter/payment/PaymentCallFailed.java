package com.rentcar.reservation.adapter.payment;

/**
 * Payment answered, but not with a result: it is failing or overloaded (503, 429), refused the request
 * (4xx), or broke in a way that leaves open whether it acted (other 5xx, an unreadable answer).
 */
class PaymentCallFailed extends RuntimeException {

    private final boolean outcomeUnknown;

    private PaymentCallFailed(String message, boolean outcomeUnknown) {
        super(message);
        this.outcomeUnknown = outcomeUnknown;
    }

    static PaymentCallFailed answered(int status) {
        boolean refusedToWork = status == 503 || status == 429 || (status >= 400 && status < 500);
        return new PaymentCallFailed("payment answered HTTP " + status, !refusedToWork);
    }

    static PaymentCallFailed unreadable(String what) {
        return new PaymentCallFailed("payment's answer could not be understood: " + what, true);
    }

    static PaymentCallFailed tokenRefused() {
        return new PaymentCallFailed("payment refused this service's token twice", false);
    }

    /** Whether payment may have acted on the request although no result came back. */
    boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
