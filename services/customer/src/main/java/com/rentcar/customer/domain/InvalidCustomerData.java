package com.rentcar.customer.domain;

/** A value that breaks one of the account's rules; {@link #field()} names the input it came from. */
public class InvalidCustomerData extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidCustomerData(String field, String rule) {
        super(field + " " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    /** What the value must be, e.g. "must be at most 100 characters". */
    public String rule() {
        return rule;
    }
}
