package com.rentcar.customer.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

import com.rentcar.customer.domain.CustomerRegistered;

/**
 * The published contract of {@code CustomerRegistered}, schema version 1.0: the new customer's id and
 * profile. Never the password, not even hashed.
 */
record CustomerRegisteredV1(UUID customerId, String username, String name, String email, String phone,
        Instant registeredAt) {

    static final String TYPE = "CustomerRegistered";
    static final String SCHEMA_VERSION = "1.0";

    static CustomerRegisteredV1 of(CustomerRegistered event) {
        return new CustomerRegisteredV1(event.customerId().value(), event.username().value(), event.name().value(),
                event.email().value(), event.phone().value(), event.registeredAt());
    }
}
