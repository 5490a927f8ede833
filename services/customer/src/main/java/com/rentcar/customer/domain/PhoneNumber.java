package com.rentcar.customer.domain;

import java.util.regex.Pattern;

/**
 * A number to call: digits, optionally a leading {@code +}, with spaces or hyphens between digits
 * ({@code 010-1234-5678}, {@code +82 10 1234 5678}), at most 20 characters.
 */
public record PhoneNumber(String value) {

    public static final int MAX_LENGTH = 20;
    /** Shared with the web layer's validation. */
    public static final String RULE = "\\+?[0-9]([0-9 -]*[0-9])?";
    public static final String RULE_TEXT = "must be digits with optional spaces, '-' and a leading '+', like 010-1234-5678";
    private static final Pattern PATTERN = Pattern.compile(RULE);

    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidCustomerData("phone", "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidCustomerData("phone", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!PATTERN.matcher(value).matches()) {
            throw new InvalidCustomerData("phone", RULE_TEXT);
        }
    }
}
