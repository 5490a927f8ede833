package com.rentcar.customer.domain;

/** Something that happened to an account that other contexts may care about. */
public sealed interface CustomerEvent permits CustomerRegistered {

    CustomerId customerId();
}
