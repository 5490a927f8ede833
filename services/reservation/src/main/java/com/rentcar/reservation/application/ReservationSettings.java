package com.rentcar.reservation.application;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeZone where "today" is decided (a pickup date cannot be before it)
 * @param reconcileAfter how old a reservation still waiting for its payment's outcome must be before the
 *        reconciler settles it; longer than any payment call can take
 * @param cancellationRetryDelay how long a pending cancellation waits before its refund is tried again
 * @param batchSize how many reservations one run of a background job handles
 */
@ConfigurationProperties("rentcar.reservation")
public record ReservationSettings(
        @DefaultValue("Asia/Seoul") ZoneId timeZone,
        @DefaultValue("30s") Duration reconcileAfter,
        @DefaultValue("5s") Duration cancellationRetryDelay,
        @DefaultValue("50") int batchSize) {
}
