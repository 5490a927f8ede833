package com.rentcar.customer.domain;

/** No account has this id (or the caller may not know about it). */
public class CustomerNotFound extends RuntimeException {

    public CustomerNotFound(CustomerId id) {
        super("No customer " + id);
    }
}
