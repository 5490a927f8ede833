package com.rentcar.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * What one window of closed-loop load recorded.
 *
 * @param seconds how long the window lasted
 * @param latency per endpoint, the latencies of successful requests in microseconds
 * @param errors per endpoint, failed requests by what failed ("HTTP 409", "HttpTimeoutException", ...)
 * @param ticks per second and endpoint, for the charts
 * @param endedEarly why the window ended before its time, or null
 */
record Window(double seconds, Map<String, Histogram> latency, Map<String, Map<String, Long>> errors, List<Tick> ticks,
        String endedEarly) {

    static final Window NONE = new Window(0, Map.of(), Map.of(), List.of(), null);

    LatencySummary summary(String endpoint) {
        var h = latency.get(endpoint);
        return h == null ? LatencySummary.of(new Histogram(3), seconds) : LatencySummary.of(h, seconds);
    }

    long successes() {
        return latency.values().stream().mapToLong(Histogram::getTotalCount).sum();
    }

    double perSecond() {
        return seconds > 0 ? successes() / seconds : 0;
    }

    long errorCount() {
        return errors.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }

    /** Failed requests of every endpoint by what failed. */
    Map<String, Long> errorsByKind() {
        var all = new LinkedHashMap<String, Long>();
        errors.values().forEach(m -> m.forEach((kind, n) -> all.merge(kind, n, Long::sum)));
        return all;
    }
}
