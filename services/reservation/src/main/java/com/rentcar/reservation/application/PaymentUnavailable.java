package com.rentcar.reservation.application;

import java.time.Duration;

/** Payment cannot take the reservation's payment right now; nothing was charged or held. Retry after a moment. */
public class PaymentUnavailable extends RuntimeException {

    private final Duration retryAfter;

    public PaymentUnavailable(Duration retryAfter) {
        super("Payment is unavailable right now, so the car was not reserved and nothing was charged; try again in "
                + seconds(retryAfter) + " seconds");
        this.retryAfter = retryAfter;
    }

    /** When to retry, in whole seconds (rounded up, at least one), as a {@code Retry-After} header says it. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
