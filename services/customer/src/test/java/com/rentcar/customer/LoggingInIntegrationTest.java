package com.rentcar.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jwt.SignedJWT;

import com.rentcar.customer.support.Api;
import com.rentcar.customer.support.CustomerServiceTest;

class LoggingInIntegrationTest extends CustomerServiceTest {

    @Test
    void a_customer_logs_in_and_the_token_verifies_with_the_published_key_set() throws Exception {
        var username = uniqueUsername("login");
        var id = api.signUp(username, "my secret password").get("id").asString();

        var reply = api.post("/api/auth/login", Api.json(Map.of("username", username, "password", "my secret password")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).contains("no-store");
        var body = reply.json();
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asLong()).isEqualTo(Duration.ofMinutes(30).toSeconds());

        var token = SignedJWT.parse(body.get("accessToken").asString());
        var keys = JWKSet.parse(api.get("/.well-known/jwks.json").body());
        assertThat(keys.getKeys()).hasSize(1).allSatisfy(key -> {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        });
        var key = keys.getKeyByKeyId(token.getHeader().getKeyID());
        assertThat(key).as("the key named by the token's kid").isNotNull();
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(token.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();

        var claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("rentcar");
        assertThat(claims.getSubject()).isEqualTo(id);
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo(username);
        assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(claims.getClaims().keySet()).doesNotContain("password");
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_401() {
        var username = uniqueUsername("guess");
        api.signUp(username, "the real password");

        var wrongPassword = api.post("/api/auth/login", Api.json(Map.of("username", username, "password", "a wrong guess")));
        var unknownUser = api.post("/api/auth/login", Api.json(Map.of("username", uniqueUsername("nobody"), "password", "a wrong guess")));
        var impossibleUser = api.post("/api/auth/login", Api.json(Map.of("username", "Not A Username!", "password", "a wrong guess")));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.detail()).isNotBlank();
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(impossibleUser.status()).isEqualTo(401);
        assertThat(impossibleUser.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void a_password_that_only_starts_like_the_right_one_does_not_log_in() {
        var username = uniqueUsername("long");
        var password = "p".repeat(72);
        api.signUp(username, password);

        var reply = api.post("/api/auth/login", Api.json(Map.of("username", username, "password", password + "-and-more")));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(api.logIn(username, password)).isNotBlank();
    }

    @Test
    void blank_login_fields_are_refused_with_400_naming_them() {
        var blankUsername = api.post("/api/auth/login", Api.json(Map.of("username", " ", "password", "whatever")));
        var missingPassword = api.post("/api/auth/login", Api.json(Map.of("username", "kim")));
        var malformed = api.post("/api/auth/login", "{\"username\":");

        assertThat(blankUsername.status()).isEqualTo(400);
        assertThat(blankUsername.detail()).contains("username");
        assertThat(missingPassword.status()).isEqualTo(400);
        assertThat(missingPassword.detail()).contains("password");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }
}
