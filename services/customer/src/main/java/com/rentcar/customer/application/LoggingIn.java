package com.rentcar.customer.application;

import org.springframework.stereotype.Service;

import com.rentcar.customer.domain.Username;

/**
 * Someone proves who they are with username and password and gets an access token. An unknown
 * username and a wrong password fail alike, in comparable time.
 */
@Service
public class LoggingIn {

    private final CustomerAccounts accounts;
    private final PasswordHashing hashing;
    private final AccessTokens tokens;

    public LoggingIn(CustomerAccounts accounts, PasswordHashing hashing, AccessTokens tokens) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.tokens = tokens;
    }

    /** @throws InvalidCredentials when the username is unknown or the password wrong */
    public AccessToken logIn(String username, String password) {
        var account = Username.parse(username).flatMap(accounts::findByUsername);
        if (account.isEmpty()) {
            hashing.matchAgainstNothing(password);
            throw new InvalidCredentials();
        }
        if (!hashing.matches(password, account.get().password())) {
            throw new InvalidCredentials();
        }
        return tokens.issueFor(account.get());
    }
}
