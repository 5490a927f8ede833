package com.rentcar.gateway.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/** Tokens the way the customer service issues them, and the ways they can be wrong. */
public final class TestTokens {

    public static final String ISSUER = "rentcar";

    private final RSAKey signingKey = newKey("customer-key-1");

    public String jwks() {
        return new JWKSet(signingKey.toPublicJWK()).toString();
    }

    public String customer(String customerId) {
        return sign(signingKey, claims(customerId, "CUSTOMER", ISSUER, Instant.now().plus(Duration.ofMinutes(15))));
    }

    public String admin() {
        return sign(signingKey, claims("admin-1", "ADMIN", ISSUER, Instant.now().plus(Duration.ofMinutes(15))));
    }

    /** Expired well beyond the validator's clock-skew allowance. */
    public String expired() {
        return sign(signingKey, claims("c-1", "CUSTOMER", ISSUER, Instant.now().minus(Duration.ofMinutes(10))));
    }

    public String withoutExpiry() {
        JWTClaimsSet noExpiry = new JWTClaimsSet.Builder(claims("c-1", "CUSTOMER", ISSUER, Instant.now()))
                .expirationTime(null)
                .build();
        return sign(signingKey, noExpiry);
    }

    public String issuedBy(String issuer) {
        return sign(signingKey, claims("c-1", "CUSTOMER", issuer, Instant.now().plus(Duration.ofMinutes(15))));
    }

    /** Signed by a key nobody published, with a key id the gateway has never seen. */
    public String signedWithUnknownKey() {
        return sign(newKey("stranger-key"), claims("c-1", "CUSTOMER", ISSUER, Instant.now().plus(Duration.ofMinutes(15))));
    }

    /** Signed by another key that claims to be the published one. */
    public String signedWithImpostorKey() {
        return sign(newKey(signingKey.getKeyID()), claims("c-1", "CUSTOMER", ISSUER, Instant.now().plus(Duration.ofMinutes(15))));
    }

    /** A genuine customer token whose payload was edited to claim ADMIN; the signature is the original one. */
    public String tamperedToAdmin() {
        String[] parts = customer("c-1").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"CUSTOMER\"", "\"ADMIN\"");
        if (!payload.contains("ADMIN")) {
            throw new IllegalStateException("tampering did not change the payload: " + payload);
        }
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forged + "." + parts[2];
    }

    public String unsigned() {
        return new PlainJWT(claims("c-1", "ADMIN", ISSUER, Instant.now().plus(Duration.ofMinutes(15)))).serialize();
    }

    public String hmacSigned() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(signingKey.getKeyID()).build(),
                    claims("c-1", "ADMIN", ISSUER, Instant.now().plus(Duration.ofMinutes(15))));
            jwt.sign(new MACSigner("a-shared-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String subject, String role, String issuer, Instant expiry) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .claim("preferred_username", "user-" + subject)
                .claim("roles", List.of(role))
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiry))
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
