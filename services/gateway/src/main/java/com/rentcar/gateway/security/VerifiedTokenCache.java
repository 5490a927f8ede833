package com.rentcar.gateway.security;

import java.time.Duration;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.rentcar.shared.security.VerifiedTokens;

import reactor.core.publisher.Mono;

/** A {@link ReactiveJwtDecoder} that checks a token's signature once: see {@link VerifiedTokens}. */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final VerifiedTokens verified;

    VerifiedTokenCache(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, long maximumSize,
            Duration retention) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens(validator, maximumSize, retention);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return Mono.defer(() -> Mono.justOrEmpty(verified.recall(token)))
                .switchIfEmpty(Mono.defer(() -> verifier.decode(token)).doOnNext(jwt -> verified.remember(token, jwt)));
    }
}
