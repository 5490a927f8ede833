package com.rentcar.platform.security;

import java.time.Duration;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.rentcar.shared.security.VerifiedTokens;

/** A {@link JwtDecoder} that checks a token's signature once: see {@link VerifiedTokens}. */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder verifier;
    private final VerifiedTokens verified;

    /**
     * @param verifier checks the signature and runs {@code validator}
     * @param validator the same checks {@code verifier} runs, run again on every remembered token
     */
    public VerifiedTokenCache(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, long maximumSize,
            Duration retention) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens(validator, maximumSize, retention);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return verified.recall(token).orElseGet(() -> {
            var jwt = verifier.decode(token);
            verified.remember(token, jwt);
            return jwt;
        });
    }
}
