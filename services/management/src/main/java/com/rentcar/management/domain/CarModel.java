package com.rentcar.management.domain;

/** The make and model a customer recognises, e.g. "Hyundai Avante"; stored without surrounding whitespace. */
public record CarModel(String value) {

    public static final int MAX_LENGTH = 100;

    public CarModel {
        value = value == null ? null : value.strip();
        if (value == null || value.isEmpty()) {
            throw new InvalidCarDetails("model", "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidCarDetails("model", "must be at most " + MAX_LENGTH + " characters");
        }
        PrintableText.require("model", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
