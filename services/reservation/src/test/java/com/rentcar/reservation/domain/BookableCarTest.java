package com.rentcar.reservation.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BookableCarTest {

    private static final CarId ID = new CarId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void a_bookable_car_has_a_plate_a_model_and_a_positive_daily_rate() {
        assertThatThrownBy(() -> new BookableCar(ID, " ", "Avante", new Money(1), NOW)).hasMessageContaining("plateNumber");
        assertThatThrownBy(() -> new BookableCar(ID, "12가3456", "", new Money(1), NOW)).hasMessageContaining("model");
        assertThatThrownBy(() -> new BookableCar(ID, "12가3456", "Avante", new Money(0), NOW)).hasMessageContaining("dailyRate");
    }

    @Test
    void money_is_never_negative_and_never_overflows() {
        assertThatThrownBy(() -> new Money(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE).times(2)).isInstanceOf(ArithmeticException.class);
    }
}
