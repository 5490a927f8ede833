package com.rentcar.customer.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An account: who may log in with which password, in which role, and how to reach its owner.
 * Customers sign up themselves and always leave contact details; the admin account is provisioned
 * by the system, has none, and announces nothing.
 */
public final class Customer {

    public static final PersonName ADMIN_NAME = new PersonName("Administrator");

    private final CustomerId id;
    private final Username username;
    private final HashedPassword password;
    private final PersonName name;
    private final EmailAddress email;
    private final PhoneNumber phone;
    private final Role role;
    private final Instant registeredAt;
    private final List<CustomerEvent> events = new ArrayList<>();

    private Customer(CustomerId id, Username username, HashedPassword password, PersonName name, EmailAddress email,
            PhoneNumber phone, Role role, Instant registeredAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.name = Objects.requireNonNull(name, "name");
        this.role = Objects.requireNonNull(role, "role");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        if (role == Role.CUSTOMER && (email == null || phone == null)) {
            throw new IllegalArgumentException("a customer account needs an e-mail address and a phone number");
        }
        this.email = email;
        this.phone = phone;
    }

    /** A person signs up: a customer account, announced with {@link CustomerRegistered}. */
    public static Customer register(CustomerId id, Username username, HashedPassword password, PersonName name,
            EmailAddress email, PhoneNumber phone, Instant registeredAt) {
        var customer = new Customer(id, username, password, name, Objects.requireNonNull(email, "email"),
                Objects.requireNonNull(phone, "phone"), Role.CUSTOMER, registeredAt);
        customer.events.add(new CustomerRegistered(id, username, name, email, phone, registeredAt));
        return customer;
    }

    /** The system creates its admin account: no contact details, no event. */
    public static Customer provisionAdmin(CustomerId id, Username username, HashedPassword password, Instant createdAt) {
        return new Customer(id, username, password, ADMIN_NAME, null, null, Role.ADMIN, createdAt);
    }

    /** The system creates an account for another service to call with: no contact details, no event. */
    public static Customer provisionServiceAccount(CustomerId id, Username username, HashedPassword password,
            Instant createdAt) {
        return new Customer(id, username, password, new PersonName("Service " + username.value()), null, null,
                Role.SERVICE, createdAt);
    }

    /** An account as it was stored; restoring raises no event. */
    public static Customer restore(CustomerId id, Username username, HashedPassword password, PersonName name,
            EmailAddress email, PhoneNumber phone, Role role, Instant registeredAt) {
        return new Customer(id, username, password, name, email, phone, role, registeredAt);
    }

    /** The events raised since this object was created, oldest first. */
    public List<CustomerEvent> events() {
        return List.copyOf(events);
    }

    public CustomerId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public HashedPassword password() {
        return password;
    }

    public PersonName name() {
        return name;
    }

    public Optional<EmailAddress> email() {
        return Optional.ofNullable(email);
    }

    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    public Role role() {
        return role;
    }

    public List<Role> roles() {
        return List.of(role);
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
