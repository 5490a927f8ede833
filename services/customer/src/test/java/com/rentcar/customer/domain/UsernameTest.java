package com.rentcar.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"kim", "kim.minji", "kim_minji-2026", "a.b", "abcdefghijklmnopqrstuvwxyz012345"})
    void a_username_of_3_to_32_lower_case_letters_digits_dots_underscores_or_hyphens_is_accepted(String text) {
        assertThat(new Username(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ab", "Kim", "kim minji", "kim@home", "김민지", "abcdefghijklmnopqrstuvwxyz0123456", " kim"})
    void anything_else_is_refused_naming_the_username_field(String text) {
        assertThatThrownBy(() -> new Username(text))
                .isInstanceOfSatisfying(InvalidCustomerData.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"Admin", "x", "abcdefghijklmnopqrstuvwxyz0123456789abcdefghij"})
    void parsing_a_text_no_account_can_have_finds_nothing_instead_of_failing(String text) {
        assertThat(Username.parse(text)).isEmpty();
    }
}
