package com.rentcar.management.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CarDetailsTest {

    @ParameterizedTest
    @ValueSource(strings = {"12가 3456", " 12가 3456", "12가 3456  ", "12가   3456", "\t12가\t3456\n", "12가\u00A03456",
            "12가\u3000\u30003456"})
    void a_plate_is_stored_trimmed_with_inner_whitespace_collapsed(String written) {
        assertThat(PlateNumber.of(written).value()).isEqualTo("12가 3456");
    }

    @Test
    void plates_written_differently_with_whitespace_are_the_same_plate() {
        assertThat(PlateNumber.of("  서울 12 가 3456 ")).isEqualTo(PlateNumber.of("서울 12  가\t3456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "\u3000"})
    void a_plate_must_not_be_blank(String written) {
        assertThatThrownBy(() -> PlateNumber.of(written))
                .isInstanceOfSatisfying(InvalidCarDetails.class, e -> assertThat(e.field()).isEqualTo("plateNumber"))
                .hasMessage("plateNumber must not be blank");
    }

    @Test
    void a_missing_plate_is_refused() {
        assertThatThrownBy(() -> PlateNumber.of(null)).isInstanceOf(InvalidCarDetails.class);
    }

    @Test
    void a_plate_has_at_most_twenty_characters_once_normalised() {
        assertThat(PlateNumber.of("   " + "가".repeat(20) + "   ").value()).hasSize(20);
        assertThatThrownBy(() -> PlateNumber.of("가".repeat(21)))
                .isInstanceOfSatisfying(InvalidCarDetails.class, e -> assertThat(e.field()).isEqualTo("plateNumber"))
                .hasMessageContaining("at most 20");
    }

    @Test
    void a_plate_built_directly_must_already_be_normalised() {
        assertThatThrownBy(() -> new PlateNumber(" 12가 3456")).isInstanceOf(InvalidCarDetails.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12가\u00003456", "12가\u00073456", "12가\u007F3456", "12가\uD8003456", "12가 \uDC00"})
    void a_plate_holds_no_control_or_broken_characters(String written) {
        assertThatThrownBy(() -> PlateNumber.of(written))
                .isInstanceOfSatisfying(InvalidCarDetails.class, e -> assertThat(e.field()).isEqualTo("plateNumber"));
    }

    @Test
    void a_plate_may_hold_any_printable_character() {
        assertThat(PlateNumber.of("서울 12가 3456 \uD83D\uDE97").value()).isEqualTo("서울 12가 3456 \uD83D\uDE97");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kia\u0000Ray", "Kia\nRay", "Kia\tRay", "Kia \uD800"})
    void a_model_holds_no_control_or_broken_characters(String model) {
        assertThatThrownBy(() -> new CarModel(model))
                .isInstanceOfSatisfying(InvalidCarDetails.class, e -> assertThat(e.field()).isEqualTo("model"));
    }

    @Test
    void a_model_is_stored_without_surrounding_whitespace() {
        assertThat(new CarModel("  Hyundai Avante ").value()).isEqualTo("Hyundai Avante");
    }

    @Test
    void a_model_is_required_and_has_at_most_a_hundred_characters() {
        assertThat(new CarModel("m".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> new CarModel("m".repeat(101)))
                .isInstanceOfSatisfying(InvalidCarDetails.class, e -> assertThat(e.field()).isEqualTo("model"));
        assertThatThrownBy(() -> new CarModel("  ")).isInstanceOf(InvalidCarDetails.class);
        assertThatThrownBy(() -> new CarModel(null)).isInstanceOf(InvalidCarDetails.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 50_000, 10_000_000})
    void a_daily_rate_is_a_whole_number_of_won_from_one_to_ten_million(long won) {
        assertThat(new DailyRate(won).won()).isEqualTo(won);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -50_000, 10_000_001, Long.MAX_VALUE, Long.MIN_VALUE})
    void a_daily_rate_outside_that_range_is_refused(long won) {
        assertThatThrownBy(() -> new DailyRate(won))
                .isInstanceOfSatisfying(InvalidCarDetails.class, e -> assertThat(e.field()).isEqualTo("dailyRate"));
    }

    @Test
    void statuses_carry_the_labels_staff_know() {
        assertThat(CarStatus.AVAILABLE.label()).isEqualTo("대여가능");
        assertThat(CarStatus.RENTED.label()).isEqualTo("대여중");
    }
}
