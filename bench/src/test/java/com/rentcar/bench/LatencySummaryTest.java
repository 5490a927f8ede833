package com.rentcar.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void percentiles_of_a_known_distribution_are_read_in_milliseconds() {
        var micros = ClosedLoop.histogram();
        for (int ms = 1; ms <= 100; ms++) {
            micros.recordValue(ms * 1000L);
        }

        var summary = LatencySummary.of(micros, 10);

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.perSecond()).isEqualTo(10.0);
        assertThat(summary.p50Ms()).isCloseTo(50, within(0.1));
        assertThat(summary.p90Ms()).isCloseTo(90, within(0.1));
        assertThat(summary.p99Ms()).isCloseTo(99, within(0.1));
        assertThat(summary.maxMs()).isCloseTo(100, within(0.1));
        assertThat(summary.meanMs()).isCloseTo(50.5, within(0.1));
    }

    @Test
    void an_empty_window_has_no_rate_and_no_latency() {
        var summary = LatencySummary.of(ClosedLoop.histogram(), 30);

        assertThat(summary.count()).isZero();
        assertThat(summary.perSecond()).isZero();
        assertThat(summary.p99Ms()).isZero();
    }

    @Test
    void durations_are_read_as_seconds_minutes_or_milliseconds() {
        assertThat(BenchOptions.duration("--warmup", "10s").toMillis()).isEqualTo(10_000);
        assertThat(BenchOptions.duration("--warmup", "2m").toSeconds()).isEqualTo(120);
        assertThat(BenchOptions.duration("--warmup", "500ms").toMillis()).isEqualTo(500);
        assertThat(BenchOptions.duration("--warmup", "45").toSeconds()).isEqualTo(45);
    }

    @Test
    void proc_stat_fields_are_counted_from_the_end_of_the_command_name() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 567 89 10 20 0 40 0 1 0";

        var parsed = ProcessCosts.ProcStat.parse(4242, stat);

        assertThat(parsed.ppid()).isEqualTo(1);
        assertThat(parsed.ownTicks()).isEqualTo(1234 + 567);
        assertThat(parsed.childrenTicks()).isEqualTo(89 + 10);
    }
}
