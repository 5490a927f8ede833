package com.rentcar.bench;

/**
 * One endpoint's figures over one second of a window (the last tick of a window may be shorter).
 *
 * @param atSeconds when the tick ended, counted from the start of the phase (warm-up included)
 * @param seconds how long the tick lasted
 * @param count successful requests completed in the tick
 * @param errors failed requests in the tick
 */
record Tick(String endpoint, double atSeconds, double seconds, boolean warmup, long count, long errors, double p50Ms,
        double p99Ms, double maxMs) {

    double perSecond() {
        return seconds > 0 ? count / seconds : 0;
    }
}
