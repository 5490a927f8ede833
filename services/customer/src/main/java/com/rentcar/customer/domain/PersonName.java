package com.rentcar.customer.domain;

/** The name a customer wants to be addressed by: required, at most 100 characters, no control characters. */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 100;

    public PersonName {
        if (value == null || value.isBlank()) {
            throw new InvalidCustomerData("name", "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidCustomerData("name", "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidCustomerData("name", "must not contain control characters");
        }
    }
}
