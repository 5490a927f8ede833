package com.rentcar.platform.security;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issuer the {@code iss} every token must carry
 * @param jwksUri where the customer service publishes the public keys that sign tokens
 */
@ConfigurationProperties("rentcar.security")
public record SecurityProperties(
        @DefaultValue("rentcar") String issuer,
        @DefaultValue("http://localhost:8081/.well-known/jwks.json") URI jwksUri) {
}
