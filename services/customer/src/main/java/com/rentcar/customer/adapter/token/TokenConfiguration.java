package com.rentcar.customer.adapter.token;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import com.rentcar.platform.security.PlatformSecurityConfiguration;
import com.rentcar.platform.security.SecurityProperties;

/**
 * The customer service signs tokens with its own key and verifies them with the public half directly,
 * instead of fetching its own JWKS over HTTP like the other services do.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
class TokenConfiguration {

    @Bean
    SigningKey signingKey(JwtProperties properties) {
        return SigningKeys.load(properties);
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKey key) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(key.privateJwkSet()));
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKey key, SecurityProperties security) {
        var decoder = NimbusJwtDecoder.withPublicKey(key.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(PlatformSecurityConfiguration.tokenValidator(security.issuer()));
        return decoder;
    }
}
