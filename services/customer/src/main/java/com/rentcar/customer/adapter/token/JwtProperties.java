package com.rentcar.customer.adapter.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access tokens are signed. Either both PEM texts (production: RENTCAR_JWT_PRIVATE_KEY,
 * RENTCAR_JWT_PUBLIC_KEY) or a key directory (local: RENTCAR_JWT_KEY_DIR, where a key pair is
 * generated on first start and reused after).
 *
 * @param privateKey PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}) of an RSA key of at least 2048 bits
 * @param publicKey X.509 PEM ({@code -----BEGIN PUBLIC KEY-----}) of the same key
 * @param keyDir a directory holding (or about to hold) the key pair as PEM files
 * @param lifetime how long an access token stays valid
 */
@ConfigurationProperties("rentcar.jwt")
public record JwtProperties(String privateKey, String publicKey, String keyDir,
        @DefaultValue("30m") Duration lifetime) {

    boolean hasPemKeys() {
        return notBlank(privateKey) || notBlank(publicKey);
    }

    boolean hasKeyDir() {
        return notBlank(keyDir);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
