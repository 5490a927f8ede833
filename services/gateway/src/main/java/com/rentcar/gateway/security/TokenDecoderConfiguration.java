package com.rentcar.gateway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

@Configuration(proxyBeanMethods = false)
class TokenDecoderConfiguration {

    /** Tokens whose signature was checked, remembered (a few KB each) so each is checked once, not per request. */
    static final long VERIFIED_TOKENS = 4096;
    static final Duration VERIFIED_TOKEN_RETENTION = Duration.ofMinutes(5);

    /**
     * The decoder keeps the fetched key set and only goes back to the customer service for a key id it has
     * not seen, so a customer outage does not stop token checks for requests bound to other services.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(TokenProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
                // only RS256: rejects alg "none", HMAC tokens forged with the public key, and anything else
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .webClient(keyClient(properties))
                .build();
        var validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                // the timestamp check skips a missing exp; a token that never expires is not acceptable here
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, Objects::nonNull));
        decoder.setJwtValidator(validator);
        return new VerifiedTokenCache(new KeyOutageAwareDecoder(decoder), validator, VERIFIED_TOKENS,
                VERIFIED_TOKEN_RETENTION);
    }

    private static WebClient keyClient(TokenProperties properties) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1000)
                .responseTimeout(properties.jwksTimeout());
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }
}
