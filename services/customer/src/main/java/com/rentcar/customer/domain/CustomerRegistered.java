package com.rentcar.customer.domain;

import java.time.Instant;

/** A person signed up and can now log in and rent cars. */
public record CustomerRegistered(CustomerId customerId, Username username, PersonName name, EmailAddress email,
        PhoneNumber phone, Instant registeredAt) implements CustomerEvent {
}
