package com.rentcar.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"kim@example.com", "kim.minji+rent@mail.example.co.kr", "k_m-1@ex-ample.io"})
    void an_address_with_a_local_part_and_a_dotted_domain_is_accepted(String text) {
        assertThat(new EmailAddress(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "kim", "kim@", "@example.com", "kim@localhost", "kim@@example.com",
            "kim minji@example.com", "kim@example..com", "kim@-example.com", ".kim@example.com", "kim@example.c"})
    void anything_mail_cannot_be_sent_to_is_refused_naming_the_email_field(String text) {
        assertThatThrownBy(() -> new EmailAddress(text))
                .isInstanceOfSatisfying(InvalidCustomerData.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void an_address_longer_than_254_characters_is_refused() {
        var tooLong = "k".repeat(60) + "@" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + ".example.com";

        assertThatThrownBy(() -> new EmailAddress(tooLong)).hasMessageContaining("at most 254");
    }

    @Test
    void a_local_part_longer_than_64_characters_is_refused() {
        assertThatThrownBy(() -> new EmailAddress("k".repeat(65) + "@example.com")).isInstanceOf(InvalidCustomerData.class);
    }
}
