package com.rentcar.customer.adapter.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.rentcar.customer.domain.Password;

class DelegatingPasswordHashingTest {

    private final DelegatingPasswordHashing hashing = new DelegatingPasswordHashing();

    @Test
    void a_password_is_stored_as_a_salted_bcrypt_hash() {
        var first = hashing.hash(Password.chosen("correct horse"));
        var second = hashing.hash(Password.chosen("correct horse"));

        assertThat(first.value()).startsWith("{bcrypt}$2a$10$").doesNotContain("correct horse");
        assertThat(second).isNotEqualTo(first);
        assertThat(hashing.matches("correct horse", first)).isTrue();
        assertThat(hashing.matches("correct horsE", first)).isFalse();
    }

    @Test
    void a_longer_attempt_whose_first_72_bytes_are_right_does_not_match() {
        var exactly72 = "p".repeat(72);
        var hash = hashing.hash(Password.chosen(exactly72));

        assertThat(hashing.matches(exactly72, hash)).isTrue();
        assertThat(hashing.matches(exactly72 + "x", hash)).isFalse();
        assertThat(hashing.matches("x".repeat(60_000), hash)).isFalse();
    }

    @Test
    void matching_against_nothing_accepts_any_attempt_without_failing() {
        hashing.matchAgainstNothing(null);
        hashing.matchAgainstNothing("x".repeat(60_000));
        hashing.matchAgainstNothing("anything");
    }
}
