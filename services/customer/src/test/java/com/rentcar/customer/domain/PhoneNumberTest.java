package com.rentcar.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"010-1234-5678", "+82 10 1234 5678", "01012345678", "112", "+82-10-1234-5678"})
    void digits_with_spaces_hyphens_and_a_leading_plus_are_accepted(String text) {
        assertThat(new PhoneNumber(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "010-CALL-ME", "+", "-010", "010-", "82+10", "(010) 1234", "123456789012345678901"})
    void anything_else_is_refused_naming_the_phone_field(String text) {
        assertThatThrownBy(() -> new PhoneNumber(text))
                .isInstanceOfSatisfying(InvalidCustomerData.class, e -> assertThat(e.field()).isEqualTo("phone"));
    }
}
