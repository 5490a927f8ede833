package com.rentcar.customer.domain;

import java.util.regex.Pattern;

/**
 * An address mail can be sent to: a local part, {@code @}, and a domain of at least two labels
 * ({@code kim@example.com}), at most 254 characters.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    /** Shared with the web layer's validation. */
    public static final String RULE = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}";
    public static final String RULE_TEXT = "must be an e-mail address like kim@example.com";
    private static final Pattern PATTERN = Pattern.compile(RULE);

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidCustomerData("email", "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidCustomerData("email", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!PATTERN.matcher(value).matches() || value.indexOf('@') > 64) {
            throw new InvalidCustomerData("email", RULE_TEXT);
        }
    }
}
