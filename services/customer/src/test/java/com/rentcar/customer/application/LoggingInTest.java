package com.rentcar.customer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.rentcar.customer.domain.Customer;
import com.rentcar.customer.domain.CustomerId;
import com.rentcar.customer.domain.EmailAddress;
import com.rentcar.customer.domain.HashedPassword;
import com.rentcar.customer.domain.PersonName;
import com.rentcar.customer.domain.PhoneNumber;
import com.rentcar.customer.domain.Username;

class LoggingInTest {

    private static final HashedPassword HASH = new HashedPassword("{bcrypt}$2a$10$hash");
    private static final Customer KIM = Customer.register(CustomerId.newId(), new Username("kim"), HASH,
            new PersonName("Kim"), new EmailAddress("kim@example.com"), new PhoneNumber("010"), Instant.EPOCH);

    private final CustomerAccounts accounts = mock(CustomerAccounts.class);
    private final PasswordHashing hashing = mock(PasswordHashing.class);
    private final AccessTokens tokens = mock(AccessTokens.class);
    private final LoggingIn loggingIn = new LoggingIn(accounts, hashing, tokens);

    @Test
    void the_right_password_gets_a_token_for_the_account() {
        var token = new AccessToken("signed", Duration.ofMinutes(30));
        when(accounts.findByUsername(new Username("kim"))).thenReturn(Optional.of(KIM));
        when(hashing.matches("right", HASH)).thenReturn(true);
        when(tokens.issueFor(KIM)).thenReturn(token);

        assertThat(loggingIn.logIn("kim", "right")).isEqualTo(token);
    }

    @Test
    void a_wrong_password_gets_no_token() {
        when(accounts.findByUsername(new Username("kim"))).thenReturn(Optional.of(KIM));
        when(hashing.matches("wrong", HASH)).thenReturn(false);

        assertThatThrownBy(() -> loggingIn.logIn("kim", "wrong")).isInstanceOf(InvalidCredentials.class);
        verify(tokens, never()).issueFor(any());
    }

    @Test
    void an_unknown_username_fails_alike_after_spending_the_time_of_a_comparison() {
        when(accounts.findByUsername(any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> loggingIn.logIn("nobody", "guess"))
                .isInstanceOf(InvalidCredentials.class).hasMessage(new InvalidCredentials().getMessage());
        verify(hashing).matchAgainstNothing("guess");
    }

    @Test
    void a_username_no_account_can_have_fails_alike_without_asking_the_store() {
        assertThatThrownBy(() -> loggingIn.logIn("Not A Username!", "guess")).isInstanceOf(InvalidCredentials.class);
        verify(hashing).matchAgainstNothing("guess");
        verify(accounts, never()).findByUsername(any());
    }
}
