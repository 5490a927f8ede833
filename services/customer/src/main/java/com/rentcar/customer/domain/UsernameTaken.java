package com.rentcar.customer.domain;

/** Usernames are unique: someone already signed up with this one. */
public class UsernameTaken extends RuntimeException {

    private final Username username;

    public UsernameTaken(Username username) {
        super("The username '" + username.value() + "' is already taken; choose another one");
        this.username = username;
    }

    public Username username() {
        return username;
    }
}
