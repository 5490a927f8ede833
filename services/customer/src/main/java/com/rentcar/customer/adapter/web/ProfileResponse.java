package com.rentcar.customer.adapter.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.rentcar.customer.domain.Customer;
import com.rentcar.customer.domain.EmailAddress;
import com.rentcar.customer.domain.PhoneNumber;
import com.rentcar.customer.domain.Role;

/** An account as its owner sees it; never the password. {@code email} and {@code phone} are null for the admin. */
record ProfileResponse(UUID id, String username, String name, String email, String phone, List<Role> roles,
        Instant registeredAt) {

    static ProfileResponse of(Customer customer) {
        return new ProfileResponse(customer.id().value(), customer.username().value(), customer.name().value(),
                customer.email().map(EmailAddress::value).orElse(null),
                customer.phone().map(PhoneNumber::value).orElse(null), customer.roles(), customer.registeredAt());
    }
}
