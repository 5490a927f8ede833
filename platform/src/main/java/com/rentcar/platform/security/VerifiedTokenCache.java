package com.rentcar.platform.security;

import java.time.Duration;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A {@link JwtDecoder} that checks the signature of a token once and remembers the result. Checking an RS256
 * signature is the largest cost of a cheap authenticated request ({@code ./rentcar bench} profiled it at about a
 * sixth of the gateway's CPU), and a client sends the same token with every request until it expires.
 * <p>
 * Only the exact token text that passed is remembered — the signature is part of that text, so a token changed in
 * any way is verified afresh. The validators (expiry, issuer) still run on every use, so a remembered token stops
 * working the moment it expires; an entry is also dropped after {@code retention} and when the cache is full.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /**
     * @param verifier checks the signature and runs {@code validator}
     * @param validator the same checks {@code verifier} runs, run again on every remembered token
     */
    public VerifiedTokenCache(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, long maximumSize,
            Duration retention) {
        this.verifier = verifier;
        this.validator = validator;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(retention).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var known = verified.getIfPresent(token);
        if (known == null) {
            var jwt = verifier.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        var result = validator.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: "
                    + result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return known;
    }
}
