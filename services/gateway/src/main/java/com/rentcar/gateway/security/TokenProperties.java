package com.rentcar.gateway.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * @param jwksUri     where the customer service publishes its public keys
 * @param issuer      the only accepted {@code iss}
 * @param jwksTimeout how long a key fetch may take before the request gets a 503 instead of hanging
 */
@Validated
@ConfigurationProperties("rentcar.security")
public record TokenProperties(@NotNull URI jwksUri, @NotBlank String issuer, Duration jwksTimeout) {

    public TokenProperties {
        if (jwksTimeout == null) {
            jwksTimeout = Duration.ofSeconds(3);
        }
    }
}
