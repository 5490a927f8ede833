package com.rentcar.customer.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a person logs in with: 3 to 32 lower-case letters, digits, dots, underscores or hyphens. */
public record Username(String value) {

    /** The whole rule as one regular expression, shared with the web layer's validation. */
    public static final String RULE = "[a-z0-9._-]{3,32}";
    public static final String RULE_TEXT = "must be 3 to 32 characters of a-z, 0-9, '.', '_' or '-'";
    private static final Pattern PATTERN = Pattern.compile(RULE);

    public Username {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new InvalidCustomerData("username", RULE_TEXT);
        }
    }

    /** The username {@code text} would be, or empty when no account can have it. */
    public static Optional<Username> parse(String text) {
        return text != null && PATTERN.matcher(text).matches() ? Optional.of(new Username(text)) : Optional.empty();
    }
}
