package com.rentcar.customer.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.rentcar.customer.application.CustomerAccounts;
import com.rentcar.customer.domain.Customer;
import com.rentcar.customer.domain.CustomerId;
import com.rentcar.customer.domain.EmailAddress;
import com.rentcar.customer.domain.HashedPassword;
import com.rentcar.customer.domain.PersonName;
import com.rentcar.customer.domain.PhoneNumber;
import com.rentcar.customer.domain.Role;
import com.rentcar.customer.domain.Username;
import com.rentcar.customer.domain.UsernameTaken;

/** Accounts in PostgreSQL; the unique constraint on {@code username} is what decides who gets a name. */
@Repository
class JdbcCustomerAccounts implements CustomerAccounts {

    private final JdbcClient jdbc;

    JdbcCustomerAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A concurrent sign-up with the same name waits for the other's transaction, then inserts nothing. */
    @Override
    public void add(Customer customer) {
        int inserted = jdbc.sql("""
                insert into customer (id, username, password_hash, name, email, phone, role, registered_at)
                values (:id, :username, :passwordHash, :name, :email, :phone, :role, :registeredAt)
                on conflict on constraint customer_username_unique do nothing""")
                .param("id", customer.id().value())
                .param("username", customer.username().value())
                .param("passwordHash", customer.password().value())
                .param("name", customer.name().value())
                .param("email", customer.email().map(EmailAddress::value).orElse(null))
                .param("phone", customer.phone().map(PhoneNumber::value).orElse(null))
                .param("role", customer.role().name())
                .param("registeredAt", Timestamp.from(customer.registeredAt()))
                .update();
        if (inserted == 0) {
            throw new UsernameTaken(customer.username());
        }
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return jdbc.sql("select * from customer where id = :id").param("id", id.value())
                .query(JdbcCustomerAccounts::customer).optional();
    }

    @Override
    public Optional<Customer> findByUsername(Username username) {
        return jdbc.sql("select * from customer where username = :username").param("username", username.value())
                .query(JdbcCustomerAccounts::customer).optional();
    }

    @Override
    public boolean exists(Username username) {
        return jdbc.sql("select exists (select 1 from customer where username = :username)")
                .param("username", username.value())
                .query(Boolean.class).single();
    }

    private static Customer customer(ResultSet row, int rowNumber) throws SQLException {
        var email = row.getString("email");
        var phone = row.getString("phone");
        return Customer.restore(new CustomerId(row.getObject("id", UUID.class)), new Username(row.getString("username")),
                new HashedPassword(row.getString("password_hash")), new PersonName(row.getString("name")),
                email == null ? null : new EmailAddress(email), phone == null ? null : new PhoneNumber(phone),
                Role.valueOf(row.getString("role")), row.getTimestamp("registered_at").toInstant());
    }
}
