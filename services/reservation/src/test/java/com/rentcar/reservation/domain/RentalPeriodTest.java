package com.rentcar.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RentalPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void three_nights_cost_three_times_the_daily_rate() {
        var period = RentalPeriod.requestedOn(TODAY, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 8));

        assertThat(period.days()).isEqualTo(3);
        assertThat(period.priceAt(new Money(55_000))).isEqualTo(new Money(165_000));
    }

    @Test
    void a_car_picked_up_and_returned_the_same_day_is_charged_one_day() {
        var period = RentalPeriod.requestedOn(TODAY, TODAY, TODAY);

        assertThat(period.days()).isEqualTo(1);
        assertThat(period.priceAt(new Money(55_000))).isEqualTo(new Money(55_000));
    }

    @Test
    void a_period_may_start_today() {
        assertThat(RentalPeriod.requestedOn(TODAY, TODAY, TODAY.plusDays(1)).pickupDate()).isEqualTo(TODAY);
    }

    @Test
    void a_period_cannot_start_in_the_past() {
        assertThatThrownBy(() -> RentalPeriod.requestedOn(TODAY, TODAY.minusDays(1), TODAY.plusDays(2)))
                .isInstanceOf(InvalidReservationRequest.class)
                .hasMessageContaining("pickupDate must not be in the past")
                .extracting(e -> ((InvalidReservationRequest) e).field()).isEqualTo("pickupDate");
    }

    @Test
    void a_car_cannot_be_returned_before_it_is_picked_up() {
        assertThatThrownBy(() -> RentalPeriod.requestedOn(TODAY, TODAY.plusDays(3), TODAY.plusDays(2)))
                .isInstanceOf(InvalidReservationRequest.class)
                .hasMessageContaining("returnDate must not be before pickupDate")
                .extracting(e -> ((InvalidReservationRequest) e).field()).isEqualTo("returnDate");
    }

    @Test
    void a_period_longer_than_a_year_is_refused() {
        assertThatThrownBy(() -> RentalPeriod.requestedOn(TODAY, TODAY, TODAY.plusDays(RentalPeriod.MAX_DAYS + 1)))
                .isInstanceOf(InvalidReservationRequest.class)
                .hasMessageContaining("at most 365 days");
        assertThat(RentalPeriod.requestedOn(TODAY, TODAY, TODAY.plusDays(RentalPeriod.MAX_DAYS)).days()).isEqualTo(365);
    }

    @Test
    void a_car_cannot_be_booked_more_than_a_year_ahead() {
        assertThatThrownBy(() -> RentalPeriod.requestedOn(TODAY, LocalDate.of(99999, 1, 1), LocalDate.of(99999, 1, 2)))
                .isInstanceOf(InvalidReservationRequest.class)
                .hasMessageContaining("pickupDate");
        var lastDay = TODAY.plusDays(RentalPeriod.MAX_DAYS_AHEAD);
        assertThat(RentalPeriod.requestedOn(TODAY, lastDay, lastDay.plusDays(1)).pickupDate()).isEqualTo(lastDay);
    }

    @Test
    void both_dates_are_required() {
        assertThatThrownBy(() -> new RentalPeriod(null, TODAY)).hasMessage("pickupDate must be given");
        assertThatThrownBy(() -> new RentalPeriod(TODAY, null)).hasMessage("returnDate must be given");
    }

    @Test
    void a_period_across_a_leap_day_counts_the_leap_day() {
        var period = new RentalPeriod(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1));

        assertThat(period.days()).isEqualTo(2);
    }
}
