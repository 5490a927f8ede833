package com.rentcar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.rentcar.platform.test.TestTokens;

class VerifiedTokenCacheTest {

    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final MovableClock clock = new MovableClock(Instant.now());
    private final JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
    private final VerifiedTokenCache decoder;

    VerifiedTokenCacheTest() {
        expiry.setClock(clock);
        var nimbus = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        nimbus.setJwtValidator(expiry);
        JwtDecoder counting = token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
        decoder = new VerifiedTokenCache(counting, expiry, 100, Duration.ofMinutes(5));
    }

    @Test
    void a_token_sent_again_is_not_verified_again() {
        var token = TestTokens.customer(UUID.randomUUID());

        var first = decoder.decode(token);
        var second = decoder.decode(token);

        assertThat(second.getSubject()).isEqualTo(first.getSubject());
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void a_remembered_token_is_refused_once_it_has_expired() {
        var token = TestTokens.customer(UUID.randomUUID());
        decoder.decode(token);

        clock.now = clock.now.plus(Duration.ofMinutes(16));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void a_token_changed_after_a_genuine_one_was_remembered_is_verified_and_refused() {
        var id = UUID.randomUUID();
        decoder.decode(TestTokens.customer(id));

        assertThatThrownBy(() -> decoder.decode(TestTokens.tampered(id))).isInstanceOf(
                org.springframework.security.oauth2.jwt.BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(TestTokens.signedByStranger(id))).isInstanceOf(
                org.springframework.security.oauth2.jwt.BadJwtException.class);
        assertThat(signatureChecks).hasValue(3);
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
