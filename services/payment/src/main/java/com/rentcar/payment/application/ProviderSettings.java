package com.rentcar.payment.application;

import java.time.Duration;
import java.util.Objects;

/**
 * The simulated provider's behaviour.
 *
 * @param delay how long every answer takes in {@link ProviderMode#SLOW}, from 0 to {@link #MAX_DELAY}
 */
public record ProviderSettings(ProviderMode mode, Duration delay) {

    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(5);
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);

    public ProviderSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("delay must be from 0 to " + MAX_DELAY.toMillis() + " ms, was "
                    + delay.toMillis() + " ms");
        }
    }
}
