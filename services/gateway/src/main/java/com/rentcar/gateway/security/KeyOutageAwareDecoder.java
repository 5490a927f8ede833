package com.rentcar.gateway.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * Nimbus' reactive decoder reports a failed key fetch as a bare {@link IllegalStateException}, which Spring
 * Security would let through as an unexplained 500; naming it lets the gateway answer 503 + Retry-After.
 */
final class KeyOutageAwareDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;

    KeyOutageAwareDecoder(ReactiveJwtDecoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        return delegate.decode(token).onErrorMap(IllegalStateException.class, TokenKeysUnavailableException::new);
    }
}
