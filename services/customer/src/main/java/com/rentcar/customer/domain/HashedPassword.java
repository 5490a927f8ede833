package com.rentcar.customer.domain;

/** A one-way hash of a password, with its algorithm prefix (e.g. {@code {bcrypt}$2a$10$...}). */
public record HashedPassword(String value) {

    public HashedPassword {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a hashed password cannot be empty");
        }
    }

    @Override
    public String toString() {
        return "HashedPassword[hidden]";
    }
}
