package com.rentcar.drills.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one kind of answer, for the figures: p50, p99, max. */
public final class Latencies {

    private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());

    public void add(long ms) {
        millis.add(ms);
    }

    public int count() {
        return millis.size();
    }

    /** The nearest-rank percentile, in milliseconds (0 when empty). */
    public long percentile(double p) {
        List<Long> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public long max() {
        return percentile(100);
    }
}
