package com.rentcar.payment.domain;

/** A payment cannot be asked for with this value; {@link #field()} names the offending detail. */
public class InvalidPaymentRequest extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidPaymentRequest(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
