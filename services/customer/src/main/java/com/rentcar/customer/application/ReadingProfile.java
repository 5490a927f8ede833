package com.rentcar.customer.application;

import org.springframework.stereotype.Service;

import com.rentcar.customer.domain.Customer;
import com.rentcar.customer.domain.CustomerId;
import com.rentcar.customer.domain.CustomerNotFound;

/** An account holder (or an admin) looks at a profile. */
@Service
public class ReadingProfile {

    private final CustomerAccounts accounts;

    public ReadingProfile(CustomerAccounts accounts) {
        this.accounts = accounts;
    }

    /** @throws CustomerNotFound when no account has this id */
    public Customer profileOf(CustomerId id) {
        return accounts.find(id).orElseThrow(() -> new CustomerNotFound(id));
    }
}
