package com.rentcar.customer.domain;

/** What an account may do: customers rent cars, admins keep the ledger and record returns. */
public enum Role {
    CUSTOMER,
    ADMIN
}
