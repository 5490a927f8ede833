package com.rentcar.customer.domain;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A password in clear text, on its way to being hashed; never stored, never printed. Hashing reads at
 * most 72 bytes, so no password may be longer than that.
 */
public final class Password {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 72;
    public static final int MAX_BYTES = 72;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** A password a customer chooses at sign-up: 8 to 72 characters, at most 72 bytes in UTF-8. */
    public static Password chosen(String text) {
        if (text == null || text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw new InvalidCustomerData("password", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        return checkedBytes(text, "password");
    }

    /** The initial admin password an operator configured: anything not blank that hashing can take whole. */
    public static Password configured(String text, String setting) {
        if (text == null || text.isBlank()) {
            throw new InvalidCustomerData(setting, "is required");
        }
        return checkedBytes(text, setting);
    }

    private static Password checkedBytes(String text, String field) {
        if (fitsHashing(text)) {
            return new Password(text);
        }
        throw new InvalidCustomerData(field, "must be at most " + MAX_BYTES + " bytes in UTF-8");
    }

    /** True when hashing reads all of {@code text}; longer texts cannot be anyone's password. */
    public static boolean fitsHashing(String text) {
        return text.getBytes(UTF_8).length <= MAX_BYTES;
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
