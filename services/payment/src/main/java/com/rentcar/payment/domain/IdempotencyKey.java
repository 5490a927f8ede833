package com.rentcar.payment.domain;

import java.util.regex.Pattern;

/**
 * The caller's name for one payment attempt: every call with the same key is the same payment, charged at
 * most once. Up to 100 characters that are safe in a URL path segment (letters, digits, {@code . _ : ~ -}),
 * so the key can be looked up at {@code /api/payments/by-key/{key}} as written; a UUID is a good key.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 100;
    public static final String ALLOWED = "[A-Za-z0-9._:~-]+";
    private static final Pattern ALLOWED_PATTERN = Pattern.compile(ALLOWED);

    public IdempotencyKey {
        if (value == null || value.isEmpty()) {
            throw new InvalidPaymentRequest("idempotencyKey", "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidPaymentRequest("idempotencyKey", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!ALLOWED_PATTERN.matcher(value).matches()) {
            throw new InvalidPaymentRequest("idempotencyKey", "may contain only letters, digits and . _ : ~ -");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
