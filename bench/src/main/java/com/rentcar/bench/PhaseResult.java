package com.rentcar.bench;

import java.util.List;

/**
 * One phase of the run: a warm-up window, then a measured window, at the same concurrency.
 *
 * @param name short name (hop, reservation, reads)
 * @param title what the phase measures, for the report
 * @param endpoints the request kinds, e.g. "GET /api/mypage"
 * @param note anything a reader must know about this phase's figures, or null
 */
record PhaseResult(String name, String title, List<String> endpoints, Window warmup, Window measured, String note) {

    LatencySummary summary(String endpoint) {
        return measured.summary(endpoint);
    }

    /** The one endpoint of a single-endpoint phase. */
    LatencySummary summary() {
        return measured.summary(endpoints.getFirst());
    }

    double perSecond() {
        return measured.perSecond();
    }
}
