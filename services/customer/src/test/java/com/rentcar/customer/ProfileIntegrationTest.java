package com.rentcar.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import com.rentcar.customer.support.Api;
import com.rentcar.customer.support.CustomerServiceTest;
import com.rentcar.platform.test.TestTokens;

class ProfileIntegrationTest extends CustomerServiceTest {

    @Test
    void a_customer_reads_their_own_profile_with_their_token() {
        var username = uniqueUsername("me");
        var profile = api.signUp(username, "my secret password");
        var token = api.logIn(username, "my secret password");

        var reply = api.get("/api/customers/me", token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(profile);
    }

    @Test
    void the_location_of_a_new_profile_is_readable_by_its_owner_and_an_admin_only() {
        var owner = uniqueUsername("owner");
        var created = api.post("/api/customers", Api.json(java.util.Map.of("username", owner, "password", "owner password",
                "name", "Owner", "email", "owner@example.com", "phone", "010-1111-2222")));
        var location = java.net.URI.create(created.header("Location")).getPath();
        var other = uniqueUsername("other");
        api.signUp(other, "other password");

        assertThat(api.get(location, api.logIn(owner, "owner password")).json()).isEqualTo(created.json());
        assertThat(api.get(location, api.logIn("admin", "admin")).json()).isEqualTo(created.json());
        var stranger = api.get(location, api.logIn(other, "other password"));
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body()).doesNotContain(owner);
    }

    @Test
    void without_a_token_the_profile_is_refused_with_401() {
        var reply = api.get("/api/customers/me");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.detail()).contains("/api/auth/login");
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        var id = api.signUp(uniqueUsername("late"), "my secret password").get("id").asString();
        var token = signWithTheServiceKey(id, "rentcar", Instant.now().minus(Duration.ofHours(1)));

        assertRefused(token);
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        var id = api.signUp(uniqueUsername("issuer"), "my secret password").get("id").asString();
        var token = signWithTheServiceKey(id, "someone-else", Instant.now().plus(Duration.ofMinutes(10)));

        assertRefused(token);
    }

    @Test
    void a_tampered_token_is_refused() {
        var username = uniqueUsername("tamper");
        api.signUp(username, "my secret password");
        var parts = api.logIn(username, "my secret password").split("\\.");
        var payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"CUSTOMER\"", "\"ADMIN\"");
        var tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];

        assertRefused(tampered);
    }

    @Test
    void an_unsigned_token_is_refused() {
        var id = UUID.fromString(api.signUp(uniqueUsername("none"), "my secret password").get("id").asString());

        assertRefused(TestTokens.unsigned(id));
    }

    @Test
    void a_token_signed_by_another_key_is_refused() {
        var id = UUID.fromString(api.signUp(uniqueUsername("stranger"), "my secret password").get("id").asString());

        assertRefused(TestTokens.signedByStranger(id));
        assertRefused(TestTokens.customer(id));
    }

    private void assertRefused(String token) {
        var reply = api.get("/api/customers/me", token);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.detail()).contains("not valid");
    }

    /** A token signed with the service's real key (read from its key directory), with claims of our choosing. */
    private String signWithTheServiceKey(String subject, String issuer, Instant expiresAt) throws Exception {
        var pem = Files.readString(KEY_DIR.resolve("access-token-private.pem"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        var key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        var kid = JWKSet.parse(api.get("/.well-known/jwks.json").body()).getKeys().getFirst().getKeyID();
        var claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).claim("roles", List.of("CUSTOMER"))
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(30)))).expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString()).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
