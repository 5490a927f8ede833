package com.rentcar.reservation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rentcar.reservation.domain.BookableCar;
import com.rentcar.reservation.domain.CarId;
import com.rentcar.reservation.domain.CustomerId;
import com.rentcar.reservation.domain.Money;
import com.rentcar.reservation.domain.UnknownCar;

class ReservingCarTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), SEOUL);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private final CarCatalogue catalogue = mock(CarCatalogue.class);
    private final ReservationChanges changes = mock(ReservationChanges.class);
    private final Payments payments = mock(Payments.class);
    private final ReservingCar reserving = new ReservingCar(catalogue, changes, payments, CLOCK,
            new ReservationSettings(SEOUL, Duration.ofSeconds(30), Duration.ofSeconds(5), 50));
    private final CarId car = new CarId(UUID.randomUUID());

    @Test
    void while_payment_is_known_to_be_unreachable_the_car_is_not_even_held() {
        when(catalogue.find(car)).thenReturn(Optional.of(
                new BookableCar(car, "12가3456", "Kia EV6", new Money(70_000), CLOCK.instant())));
        when(payments.knownUnreachable()).thenReturn(Optional.of(Duration.ofSeconds(4)));

        var refused = catchThrowableOfType(PaymentUnavailable.class,
                () -> reserving.reserve(request(car)));

        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(4));
        verify(changes, never()).hold(any());
        verify(payments, never()).approve(any());
    }

    @Test
    void an_unknown_car_is_refused_as_unknown_even_while_payment_is_unreachable() {
        when(catalogue.find(car)).thenReturn(Optional.empty());
        when(payments.knownUnreachable()).thenReturn(Optional.of(Duration.ofSeconds(4)));

        assertThat(catchThrowableOfType(UnknownCar.class, () -> reserving.reserve(request(car)))).isNotNull();
    }

    private static ReserveCar request(CarId car) {
        return new ReserveCar(new CustomerId(UUID.randomUUID()), car, TODAY.plusDays(1), TODAY.plusDays(2));
    }
}
