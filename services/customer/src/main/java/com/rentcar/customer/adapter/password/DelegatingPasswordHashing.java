package com.rentcar.customer.adapter.password;

import java.util.UUID;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.rentcar.customer.application.PasswordHashing;
import com.rentcar.customer.domain.HashedPassword;
import com.rentcar.customer.domain.Password;

/**
 * Spring Security's delegating encoder: bcrypt today, with the algorithm stored in the hash
 * ({@code {bcrypt}...}) so a stronger one can take over later without breaking stored passwords.
 */
@Component
class DelegatingPasswordHashing implements PasswordHashing {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    /** A hash of a random password no one knows, compared against when the username is unknown. */
    private final String nobodysHash = encoder.encode(UUID.randomUUID().toString());

    @Override
    public HashedPassword hash(Password password) {
        return new HashedPassword(encoder.encode(password.reveal()));
    }

    @Override
    public boolean matches(String attempt, HashedPassword hash) {
        if (attempt == null || !Password.fitsHashing(attempt)) {
            // bcrypt would read only the first 72 bytes; no stored password is longer, so it cannot match
            matchAgainstNothing(attempt);
            return false;
        }
        return encoder.matches(attempt, hash.value());
    }

    @Override
    public void matchAgainstNothing(String attempt) {
        encoder.matches(attempt == null ? "" : attempt, nobodysHash);
    }
}
