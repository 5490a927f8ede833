package com.rentcar.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PaymentDetailsTest {

    @Test
    void an_amount_is_a_whole_number_of_won_from_one_to_one_billion() {
        assertThat(new Amount(1).won()).isEqualTo(1);
        assertThat(new Amount(1_000_000_000).won()).isEqualTo(1_000_000_000);
        assertThatThrownBy(() -> new Amount(0)).isInstanceOf(InvalidPaymentRequest.class)
                .satisfies(e -> assertThat(((InvalidPaymentRequest) e).field()).isEqualTo("amount"));
        assertThatThrownBy(() -> new Amount(-5)).isInstanceOf(InvalidPaymentRequest.class);
        assertThatThrownBy(() -> new Amount(1_000_000_001)).isInstanceOf(InvalidPaymentRequest.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f2c8f7e-5b1a-4c1e-9a7d-2b9f0e4c1a11", "reservation-42:attempt-1", "a", "A.b_c~d-e"})
    void an_idempotency_key_may_use_what_is_safe_in_a_url_path(String key) {
        assertThat(new IdempotencyKey(key).value()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "with space", "slash/inside", "question?", "percent%20", "한글"})
    void an_idempotency_key_with_anything_else_is_refused(String key) {
        assertThatThrownBy(() -> new IdempotencyKey(key)).isInstanceOf(InvalidPaymentRequest.class)
                .satisfies(e -> assertThat(((InvalidPaymentRequest) e).field()).isEqualTo("idempotencyKey"));
    }

    @Test
    void an_idempotency_key_has_at_most_100_characters() {
        assertThat(new IdempotencyKey("k".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> new IdempotencyKey("k".repeat(101))).isInstanceOf(InvalidPaymentRequest.class)
                .hasMessageContaining("at most 100");
        assertThatThrownBy(() -> new IdempotencyKey(null)).isInstanceOf(InvalidPaymentRequest.class);
    }

    @Test
    void a_charge_names_its_reservation_customer_and_car() {
        assertThatThrownBy(() -> new ReservationId(null)).isInstanceOf(InvalidPaymentRequest.class)
                .hasMessage("reservationId must not be null");
        assertThatThrownBy(() -> new CustomerId(null)).hasMessage("customerId must not be null");
        assertThatThrownBy(() -> new CarId(null)).hasMessage("carId must not be null");
    }
}
