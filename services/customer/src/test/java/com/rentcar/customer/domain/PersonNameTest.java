package com.rentcar.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"Kim Minji", "김민지", "O'Brien-Smith"})
    void any_name_a_person_goes_by_is_accepted(String text) {
        assertThat(new PersonName(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "Kim\nMinji", "Kim\u0000"})
    void a_missing_name_or_one_with_control_characters_is_refused(String text) {
        assertThatThrownBy(() -> new PersonName(text))
                .isInstanceOfSatisfying(InvalidCustomerData.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void a_name_may_have_100_characters_but_not_101() {
        assertThat(new PersonName("n".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> new PersonName("n".repeat(101))).hasMessage("name must be at most 100 characters");
    }
}
