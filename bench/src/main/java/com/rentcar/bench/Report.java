package com.rentcar.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything one run measured, as the text, HTML and PNG reports show it. */
record Report(String runId, Instant startedAt, String command, Machine machine, Load load, PhaseResult hop,
        PhaseResult reservation, PhaseResult reads, EventLagProbe.Result lag, Costs costs,
        BenchOptions.Startup startup, Facts facts, List<String> notes) {

    /** @param cpuModel as /proc/cpuinfo names it */
    record Machine(int cpus, long memoryBytes, String cpuModel, String os, String java, double loadAverage) {
    }

    record Load(int concurrency, Duration warmup, Duration duration, int customers) {
    }

    /**
     * @param carsRegistered cars the run registered (one per reservation, and a few to spare)
     * @param carsPerSecond how fast the admin registered cars during set-up (POST /api/cars, at the concurrency)
     * @param carsOnOfferForReads how many cars were on offer during the read phase (the reads ask for the first 20)
     * @param myPageEntriesForReads how many reservations a customer's My Page held, on average, during the reads
     *        (the reads ask for the newest 20)
     */
    record Facts(long carsRegistered, double carsPerSecond, int carsOnOfferForReads, double myPageEntriesForReads,
            Duration setup) {
    }

    /**
     * @param peakBytes per component, the highest resident memory seen (sampled every second)
     * @param peakTotalBytes the highest sum over every component at one moment
     * @param wholeRun CPU from the first warm-up to the end of the last measured window
     * @param perPhase CPU during each phase's measured window, by phase name
     */
    record Costs(List<String> components, Map<String, Long> peakBytes, long peakTotalBytes,
            ProcessCosts.CpuUse wholeRun, Map<String, ProcessCosts.CpuUse> perPhase) {
    }

    List<PhaseResult> phases() {
        return List.of(hop, reservation, reads);
    }

    /** Reservation throughput as a share of the hop limit measured in the same run. */
    double reservationToHop() {
        return hop.perSecond() > 0 ? reservation.perSecond() / hop.perSecond() : 0;
    }
}
