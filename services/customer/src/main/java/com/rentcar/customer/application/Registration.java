package com.rentcar.customer.application;

/** What a person fills in to sign up, as typed; {@link RegisteringCustomer} checks every field. */
public record Registration(String username, String password, String name, String email, String phone) {

    @Override
    public String toString() {
        return "Registration[username=" + username + "]";
    }
}
