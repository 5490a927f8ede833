package com.rentcar.management.domain;

/** A car cannot be registered with this value; {@link #field()} names the offending detail. */
public class InvalidCarDetails extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidCarDetails(String field, String reason) {
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
