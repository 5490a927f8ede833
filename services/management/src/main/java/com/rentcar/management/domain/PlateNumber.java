package com.rentcar.management.domain;

import java.util.regex.Pattern;

/**
 * A licence plate as the ledger stores and compares it: surrounding whitespace removed and every run of
 * inner whitespace (tabs, non-breaking and ideographic spaces included) written as one space, so
 * {@code " 12가   3456 "} and {@code "12가 3456"} are the same plate.
 */
public record PlateNumber(String value) {

    public static final int MAX_LENGTH = 20;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    public PlateNumber {
        if (value == null || value.isEmpty()) {
            throw new InvalidCarDetails("plateNumber", "must not be blank");
        }
        if (!value.equals(normalise(value))) {
            throw new InvalidCarDetails("plateNumber", "must be normalised; use PlateNumber.of");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidCarDetails("plateNumber", "must be at most " + MAX_LENGTH + " characters");
        }
        PrintableText.require("plateNumber", value);
    }

    /** The plate as written by a person, normalised. */
    public static PlateNumber of(String written) {
        if (written == null) {
            throw new InvalidCarDetails("plateNumber", "must not be blank");
        }
        return new PlateNumber(normalise(written));
    }

    private static String normalise(String written) {
        return WHITESPACE.matcher(written).replaceAll(" ").strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
