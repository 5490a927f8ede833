package com.rentcar.platform.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.rentcar.platform.security.PlatformSecurityConfiguration;

/**
 * Signs tokens the way the customer service does (RS256, issuer {@code rentcar}, roles claim) with a
 * key made for the test JVM, and a {@link Verification} that makes a service trust that key instead of
 * fetching the customer service's JWKS.
 */
public final class TestTokens {

    public static final String ISSUER = "rentcar";
    private static final KeyPair KEYS = rsaKeyPair();
    private static final KeyPair STRANGER = rsaKeyPair();

    private TestTokens() {
    }

    public static String customer(UUID id) {
        return sign(KEYS, id, "customer-" + id.toString().substring(0, 8), List.of("CUSTOMER"), ISSUER, Duration.ofMinutes(15));
    }

    public static String admin() {
        return sign(KEYS, UUID.nameUUIDFromBytes("admin".getBytes()), "admin", List.of("ADMIN"), ISSUER, Duration.ofMinutes(15));
    }

    /** A service account calling another service (e.g. reservation calling payment): roles ["SERVICE"]. */
    public static String service() {
        return sign(KEYS, UUID.nameUUIDFromBytes("service".getBytes()), "service", List.of("SERVICE"), ISSUER,
                Duration.ofMinutes(15));
    }

    public static String expired(UUID id) {
        return sign(KEYS, id, "late", List.of("CUSTOMER"), ISSUER, Duration.ofMinutes(-5));
    }

    public static String signedByStranger(UUID id) {
        return sign(STRANGER, id, "mallory", List.of("ADMIN"), ISSUER, Duration.ofMinutes(15));
    }

    public static String wrongIssuer(UUID id) {
        return sign(KEYS, id, "mallory", List.of("ADMIN"), "someone-else", Duration.ofMinutes(15));
    }

    /** A token whose payload was edited after signing (customer promoted to admin). */
    public static String tampered(UUID id) {
        var genuine = customer(id).split("\\.");
        var payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"sub\":\"" + id + "\",\"iss\":\"rentcar\",\"roles\":[\"ADMIN\"],\"exp\":"
                        + Instant.now().plusSeconds(600).getEpochSecond() + "}").getBytes());
        return genuine[0] + "." + payload + "." + genuine[2];
    }

    /** An unsigned token ({@code alg: none}) claiming to be an admin. */
    public static String unsigned(UUID id) {
        var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
        var header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        var payload = encoder.encodeToString(("{\"sub\":\"" + id + "\",\"iss\":\"rentcar\",\"roles\":[\"ADMIN\"],\"exp\":"
                + Instant.now().plusSeconds(600).getEpochSecond() + "}").getBytes());
        return header + "." + payload + ".";
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    private static String sign(KeyPair keys, UUID subject, String username, List<String> roles, String issuer,
            Duration lifetime) {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .subject(subject.toString())
                .issuer(issuer)
                .claim("preferred_username", username)
                .claim("roles", roles)
                .issueTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsaKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Import into a service test so the service verifies tokens signed by {@link TestTokens}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Verification {

        @Bean
        JwtDecoder jwtDecoder() {
            var decoder = NimbusJwtDecoder.withPublicKey(publicKey()).signatureAlgorithm(SignatureAlgorithm.RS256).build();
            decoder.setJwtValidator(PlatformSecurityConfiguration.tokenValidator(ISSUER));
            return decoder;
        }
    }
}
