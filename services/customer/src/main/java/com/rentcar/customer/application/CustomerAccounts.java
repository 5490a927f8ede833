package com.rentcar.customer.application;

import java.util.Optional;

import com.rentcar.customer.domain.Customer;
import com.rentcar.customer.domain.CustomerId;
import com.rentcar.customer.domain.Username;
import com.rentcar.customer.domain.UsernameTaken;

/** Where accounts are kept. The store itself guarantees that a username belongs to one account. */
public interface CustomerAccounts {

    /**
     * Stores a new account.
     *
     * @throws UsernameTaken when another account already has its username, whatever the timing
     */
    void add(Customer customer);

    Optional<Customer> find(CustomerId id);

    Optional<Customer> findByUsername(Username username);

    boolean exists(Username username);
}
