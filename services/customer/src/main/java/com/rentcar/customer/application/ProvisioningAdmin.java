package com.rentcar.customer.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.rentcar.customer.domain.Customer;
import com.rentcar.customer.domain.CustomerId;
import com.rentcar.customer.domain.Password;
import com.rentcar.customer.domain.Username;
import com.rentcar.customer.domain.UsernameTaken;

/**
 * Makes sure the admin account, and the service accounts other services log in with, exist. Admins never sign up; the first one is created at start-up
 * with a password the operator configured. Safe to run on every start and on several instances at
 * once: the unique username decides, and a loser of the race simply carries on.
 */
@Service
public class ProvisioningAdmin {

    public static final Username ADMIN = new Username("admin");
    public static final String PASSWORD_SETTING = "rentcar.admin.initial-password";
    private static final Logger log = LoggerFactory.getLogger(ProvisioningAdmin.class);

    private final CustomerAccounts accounts;
    private final PasswordHashing hashing;
    private final Clock clock;

    public ProvisioningAdmin(CustomerAccounts accounts, PasswordHashing hashing, Clock clock) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.clock = clock;
    }

    /**
     * @param initialPassword the configured password, used only when the admin does not exist yet
     * @return true when this call created the admin account
     * @throws AdminPasswordMissing when the admin must be created and no password is configured
     */
    public boolean ensureAdminExists(Optional<String> initialPassword) {
        if (accounts.exists(ADMIN)) {
            return false;
        }
        var password = initialPassword.filter(p -> !p.isBlank()).orElseThrow(AdminPasswordMissing::new);
        var admin = Customer.provisionAdmin(CustomerId.newId(), ADMIN,
                hashing.hash(Password.configured(password, PASSWORD_SETTING)),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            accounts.add(admin);
        } catch (UsernameTaken anotherInstanceWasFaster) {
            log.info("The admin account was created by another instance at the same time");
            return false;
        }
        log.info("Created the admin account '{}'", ADMIN.value());
        return true;
    }

    /**
     * Makes sure a service account exists, so another service can log in with its configured
     * credentials. Like the admin, it is created once; later starts leave it as it is.
     *
     * @return true when this call created the account
     */
    public boolean ensureServiceAccountExists(Username username, String password) {
        if (accounts.exists(username)) {
            return false;
        }
        var account = Customer.provisionServiceAccount(CustomerId.newId(), username,
                hashing.hash(Password.configured(password, "rentcar.service-accounts")),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            accounts.add(account);
        } catch (UsernameTaken anotherInstanceWasFaster) {
            return false;
        }
        log.info("Created the service account '{}'", username.value());
        return true;
    }
}
