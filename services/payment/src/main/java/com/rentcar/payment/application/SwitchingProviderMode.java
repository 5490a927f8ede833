package com.rentcar.payment.application;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An operator makes the simulated provider approve, decline, fail or answer slowly, to drill the circuit
 * breaker and the reconciliation of timed-out calls, or to benchmark with a known provider latency.
 */
@Service
public class SwitchingProviderMode {

    private static final Logger log = LoggerFactory.getLogger(SwitchingProviderMode.class);

    private final ProviderControl provider;

    public SwitchingProviderMode(ProviderControl provider) {
        this.provider = provider;
    }

    public ProviderSettings current() {
        return provider.settings();
    }

    /** Switches the mode; the delay stays as it was unless a new one is given. */
    public ProviderSettings switchTo(ProviderMode mode, Optional<Duration> delay) {
        var next = new ProviderSettings(mode, delay.orElseGet(() -> provider.settings().delay()));
        var applied = provider.switchTo(next);
        log.warn("Payment provider switched to {} (delay {} ms)", applied.mode(), applied.delay().toMillis());
        return applied;
    }
}
