package com.rentcar.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final HashedPassword HASH = new HashedPassword("{bcrypt}$2a$10$hash");

    @Test
    void a_person_who_signs_up_becomes_a_customer_and_is_announced() {
        var id = CustomerId.newId();
        var customer = Customer.register(id, new Username("kim"), HASH, new PersonName("Kim Minji"),
                new EmailAddress("kim@example.com"), new PhoneNumber("010-1234-5678"), NOW);

        assertThat(customer.roles()).containsExactly(Role.CUSTOMER);
        assertThat(customer.events()).containsExactly(new CustomerRegistered(id, new Username("kim"),
                new PersonName("Kim Minji"), new EmailAddress("kim@example.com"), new PhoneNumber("010-1234-5678"), NOW));
    }

    @Test
    void the_admin_account_has_no_contact_details_and_announces_nothing() {
        var admin = Customer.provisionAdmin(CustomerId.newId(), new Username("admin"), HASH, NOW);

        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.email()).isEmpty();
        assertThat(admin.phone()).isEmpty();
        assertThat(admin.events()).isEmpty();
    }

    @Test
    void a_restored_account_announces_nothing_again() {
        var customer = Customer.restore(CustomerId.newId(), new Username("kim"), HASH, new PersonName("Kim"),
                new EmailAddress("kim@example.com"), new PhoneNumber("010"), Role.CUSTOMER, NOW);

        assertThat(customer.events()).isEmpty();
    }

    @Test
    void a_customer_cannot_exist_without_a_way_to_reach_them() {
        assertThatThrownBy(() -> Customer.restore(CustomerId.newId(), new Username("kim"), HASH, new PersonName("Kim"),
                null, null, Role.CUSTOMER, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_password_hash_never_shows_in_logs() {
        assertThat(HASH.toString()).doesNotContain("$2a$");
    }
}
