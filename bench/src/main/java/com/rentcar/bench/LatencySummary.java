package com.rentcar.bench;

import org.HdrHistogram.Histogram;

/**
 * The figures of one histogram of latencies recorded in microseconds, over a window of {@code seconds}.
 *
 * @param count requests recorded
 * @param perSecond requests per second over the window
 */
record LatencySummary(long count, double seconds, double perSecond, double meanMs, double p50Ms, double p90Ms,
        double p99Ms, double p999Ms, double maxMs) {

    static LatencySummary of(Histogram micros, double seconds) {
        long count = micros.getTotalCount();
        if (count == 0) {
            return new LatencySummary(0, seconds, 0, 0, 0, 0, 0, 0, 0);
        }
        return new LatencySummary(count, seconds, seconds > 0 ? count / seconds : 0, micros.getMean() / 1000.0,
                ms(micros, 50), ms(micros, 90), ms(micros, 99), ms(micros, 99.9), micros.getMaxValue() / 1000.0);
    }

    private static double ms(Histogram micros, double percentile) {
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }
}
