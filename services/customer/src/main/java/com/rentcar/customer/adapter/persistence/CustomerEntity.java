package com.rentcar.customer.adapter.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import com.rentcar.customer.domain.Customer;
import com.rentcar.customer.domain.CustomerId;
import com.rentcar.customer.domain.EmailAddress;
import com.rentcar.customer.domain.HashedPassword;
import com.rentcar.customer.domain.PersonName;
import com.rentcar.customer.domain.PhoneNumber;
import com.rentcar.customer.domain.Role;
import com.rentcar.customer.domain.Username;

/** One row of {@code customer}; the id is assigned by the domain, so a new entity is inserted, never merged. */
@Entity
@Table(name = "customer")
class CustomerEntity implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(nullable = false, length = 32)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Transient
    private boolean isNew = true;

    protected CustomerEntity() {
    }

    static CustomerEntity of(Customer customer) {
        var entity = new CustomerEntity();
        entity.id = customer.id().value();
        entity.username = customer.username().value();
        entity.passwordHash = customer.password().value();
        entity.name = customer.name().value();
        entity.email = customer.email().map(EmailAddress::value).orElse(null);
        entity.phone = customer.phone().map(PhoneNumber::value).orElse(null);
        entity.role = customer.role();
        entity.registeredAt = customer.registeredAt();
        return entity;
    }

    Customer toDomain() {
        return Customer.restore(new CustomerId(id), new Username(username), new HashedPassword(passwordHash),
                new PersonName(name), email == null ? null : new EmailAddress(email),
                phone == null ? null : new PhoneNumber(phone), role, registeredAt);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        isNew = false;
    }
}
