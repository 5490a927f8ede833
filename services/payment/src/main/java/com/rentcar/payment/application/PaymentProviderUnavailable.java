package com.rentcar.payment.application;

/** The provider cannot answer now (down, overloaded, timed out); the caller should try again shortly. */
public class PaymentProviderUnavailable extends RuntimeException {

    public PaymentProviderUnavailable(String reason) {
        super(reason);
    }

    public PaymentProviderUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
