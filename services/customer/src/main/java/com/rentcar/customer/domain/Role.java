package com.rentcar.customer.domain;

/**
 * What an account may do: customers rent cars, admins keep the ledger and record returns, services
 * call each other's internal endpoints (reservation asks payment to charge and refund).
 */
public enum Role {
    CUSTOMER,
    ADMIN,
    SERVICE
}
