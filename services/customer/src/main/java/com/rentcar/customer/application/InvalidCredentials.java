package com.rentcar.customer.application;

/** Wrong password or unknown username: deliberately the same answer for both. */
public class InvalidCredentials extends RuntimeException {

    public InvalidCredentials() {
        super("The username or the password is wrong");
    }
}
