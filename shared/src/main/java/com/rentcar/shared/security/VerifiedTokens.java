package com.rentcar.shared.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Tokens whose signature was checked, remembered so it is checked once. Checking an RS256 signature is the largest
 * cost of a cheap authenticated request ({@code ./rentcar bench} profiled it at about a sixth of the gateway's CPU),
 * and a client sends the same token with every request until it expires.
 * <p>
 * Only the exact token text that passed is remembered — the signature is part of that text, so a token changed in
 * any way is verified afresh. The validators (expiry, issuer) still run on every recall, so a remembered token stops
 * working the moment it expires; an entry is also dropped after {@code retention} and when the memory is full. The
 * services' decoder (servlet) and the gateway's (reactive) both keep their verified tokens here.
 */
public final class VerifiedTokens {

    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /** @param validator the checks the verifying decoder runs, run again on every remembered token */
    public VerifiedTokens(OAuth2TokenValidator<Jwt> validator, long maximumSize, Duration retention) {
        this.validator = validator;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(retention).build();
    }

    /**
     * @return the token as it was verified, its validators passed again; empty when it was not verified before
     * @throws JwtValidationException when it no longer passes them (it is forgotten)
     */
    public Optional<Jwt> recall(String token) {
        var known = verified.getIfPresent(token);
        if (known == null) {
            return Optional.empty();
        }
        var result = validator.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                    + result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return Optional.of(known);
    }

    /** A token whose signature (and validators) the verifying decoder has just passed. */
    public void remember(String token, Jwt jwt) {
        verified.put(token, jwt);
    }
}
