package com.rentcar.drills.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.rentcar.drills.DrillFailed;

/** Polls until something holds, or fails the drill saying what was still not so when time ran out. */
public final class Await {

    private static final Duration POLL = Duration.ofMillis(500);

    private Await() {
    }

    /**
     * Waits until {@code condition} holds.
     *
     * @param what what was awaited, for the failure: {@code "every car RENTED"}
     * @param lastSeen what was last seen instead, asked only when time ran out
     * @return how long it took
     */
    public static Duration until(Duration atMost, String what, BooleanSupplier condition, Supplier<String> lastSeen) {
        long started = System.nanoTime();
        long deadline = started + atMost.toNanos();
        RuntimeException lastFailure = null;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
                lastFailure = null;
            } catch (DrillFailed e) {
                throw e;
            } catch (RuntimeException e) {
                lastFailure = e; // e.g. a service restarting: look again
            }
            if (System.nanoTime() > deadline) {
                var seen = lastFailure != null ? lastFailure.toString() : lastSeen.get();
                throw new DrillFailed("not " + what + " within " + atMost.toSeconds() + " s: " + seen);
            }
            pause(POLL);
        }
    }

    public static Duration until(Duration atMost, String what, BooleanSupplier condition) {
        return until(atMost, what, condition, () -> "still not so");
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DrillFailed("interrupted", e);
        }
    }

    /** {@code 12.3 s} */
    public static String seconds(Duration duration) {
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }
}
