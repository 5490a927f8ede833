package com.rentcar.customer.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.rentcar.customer.domain.Customer;
import com.rentcar.customer.domain.CustomerId;
import com.rentcar.customer.domain.EmailAddress;
import com.rentcar.customer.domain.InvalidCustomerData;
import com.rentcar.customer.domain.Password;
import com.rentcar.customer.domain.PersonName;
import com.rentcar.customer.domain.PhoneNumber;
import com.rentcar.customer.domain.Username;
import com.rentcar.customer.domain.UsernameTaken;

/** A person signs up: a customer account is stored and {@code CustomerRegistered} announced, together. */
@Service
public class RegisteringCustomer {

    private final CustomerAccounts accounts;
    private final PasswordHashing hashing;
    private final CustomerEvents events;
    private final TransactionOperations transactions;
    private final Clock clock;

    public RegisteringCustomer(CustomerAccounts accounts, PasswordHashing hashing, CustomerEvents events,
            TransactionOperations transactions, Clock clock) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @throws InvalidCustomerData when a field breaks its rule
     * @throws UsernameTaken when the username belongs to someone else
     */
    public Customer register(Registration registration) {
        var username = new Username(registration.username());
        var password = Password.chosen(registration.password());
        var name = new PersonName(registration.name());
        var email = new EmailAddress(registration.email());
        var phone = new PhoneNumber(registration.phone());
        // hashing is deliberately slow: done before the transaction, so no connection waits for it
        var customer = Customer.register(CustomerId.newId(), username, hashing.hash(password), name, email, phone,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));

        transactions.executeWithoutResult(tx -> {
            accounts.add(customer);
            customer.events().forEach(events::publish);
        });
        return customer;
    }
}
