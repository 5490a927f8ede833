package com.rentcar.payment.domain;

/** The payment provider's own reference of a charge; a refund names it. */
public record ProviderReference(String value) {

    public static final int MAX_LENGTH = 100;

    public ProviderReference {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a provider reference has 1 to " + MAX_LENGTH + " characters: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
