package com.rentcar.customer.adapter.persistence;

import java.sql.SQLException;
import java.util.Optional;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

import com.rentcar.customer.application.CustomerAccounts;
import com.rentcar.customer.domain.Customer;
import com.rentcar.customer.domain.CustomerId;
import com.rentcar.customer.domain.Username;
import com.rentcar.customer.domain.UsernameTaken;

/** Accounts in PostgreSQL; the unique constraint on {@code username} is what decides who gets a name. */
@Repository
class JpaCustomerAccounts implements CustomerAccounts {

    static final String UNIQUE_USERNAME = "customer_username_unique";
    private static final String UNIQUE_VIOLATION = "23505";

    private final CustomerRepository repository;

    JpaCustomerAccounts(CustomerRepository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Customer customer) {
        try {
            repository.saveAndFlush(CustomerEntity.of(customer));
        } catch (DataIntegrityViolationException e) {
            if (violates(e, UNIQUE_USERNAME)) {
                throw new UsernameTaken(customer.username());
            }
            throw e;
        }
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return repository.findById(id.value()).map(CustomerEntity::toDomain);
    }

    @Override
    public Optional<Customer> findByUsername(Username username) {
        return repository.findByUsername(username.value()).map(CustomerEntity::toDomain);
    }

    @Override
    public boolean exists(Username username) {
        return repository.existsByUsername(username.value());
    }

    private static boolean violates(Throwable failure, String constraint) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && constraint.equals(violation.getConstraintName())) {
                return true;
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
