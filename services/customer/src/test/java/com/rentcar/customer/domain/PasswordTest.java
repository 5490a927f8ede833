package com.rentcar.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordTest {

    @ParameterizedTest
    @ValueSource(ints = {8, 40, 72})
    void a_chosen_password_of_8_to_72_characters_is_accepted(int length) {
        assertThat(Password.chosen("p".repeat(length)).reveal()).hasSize(length);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "seven77", "12345678901234567890123456789012345678901234567890123456789012345678901234567890"})
    void a_chosen_password_shorter_than_8_or_longer_than_72_characters_is_refused(String text) {
        assertThatThrownBy(() -> Password.chosen(text))
                .isInstanceOfSatisfying(InvalidCustomerData.class, e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void a_password_hashing_could_not_read_whole_is_refused_even_when_short_enough_in_characters() {
        var hangul = "가".repeat(30); // 30 characters, 90 bytes

        assertThatThrownBy(() -> Password.chosen(hangul)).hasMessageContaining("72 bytes");
        assertThat(Password.fitsHashing("가".repeat(24))).isTrue();
    }

    @Test
    void the_configured_admin_password_only_needs_to_be_present() {
        assertThat(Password.configured("admin", "rentcar.admin.initial-password").reveal()).isEqualTo("admin");
        assertThatThrownBy(() -> Password.configured(" ", "rentcar.admin.initial-password"))
                .hasMessage("rentcar.admin.initial-password is required");
    }

    @Test
    void a_password_never_shows_in_logs() {
        assertThat(Password.chosen("correct horse battery")).hasToString("Password[hidden]");
    }
}
