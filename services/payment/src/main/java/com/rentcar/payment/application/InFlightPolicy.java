package com.rentcar.payment.application;

import java.time.Duration;
import java.util.Objects;

/**
 * How calls about one payment treat each other while the provider is being asked.
 *
 * @param patience how long a call waits for another call's provider answer before giving up with {@link PaymentInProgress}
 * @param pollEvery how often a waiting call looks again
 * @param expiry after how long an unanswered provider call is taken to have died with its process, so that
 *        the next call asks the provider again (safe: the provider is idempotent)
 */
public record InFlightPolicy(Duration patience, Duration pollEvery, Duration expiry) {

    public InFlightPolicy {
        Objects.requireNonNull(patience, "patience");
        Objects.requireNonNull(pollEvery, "pollEvery");
        Objects.requireNonNull(expiry, "expiry");
        if (pollEvery.isNegative() || pollEvery.isZero()) {
            throw new IllegalArgumentException("pollEvery must be positive");
        }
    }

    /** Waits one polling interval; an interrupted wait ends the call as still in progress. */
    void pause(String what) {
        try {
            Thread.sleep(pollEvery);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentInProgress(what);
        }
    }
}
