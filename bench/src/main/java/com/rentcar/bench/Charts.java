package com.rentcar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/** The report's charts, built from one run's figures. */
final class Charts {

    private static final Map<String, Integer> COLORS = Map.of(
            "GET /api/noop", 0x1F77B4,
            "POST /api/reservations", 0xD62728,
            "GET /api/mypage", 0x2CA02C,
            "GET /api/available-cars", 0x9467BD);
    static final int LEDGER = 0xFF7F0E;
    static final int MY_PAGE = 0x17BECF;

    private Charts() {
    }

    static int color(String endpoint) {
        return COLORS.getOrDefault(endpoint, 0x7F7F7F);
    }

    /** Requests per second of each endpoint, second by second, warm-up shaded. */
    static Chart throughput(PhaseResult phase) {
        var chart = new Chart("Throughput: " + phase.name(), "seconds since the phase started", "req/s",
                Chart.XScale.LINEAR, Chart.YScale.LINEAR);
        for (String endpoint : phase.endpoints()) {
            var ticks = ticks(phase, endpoint);
            chart.add(new Chart.Series(endpoint, color(endpoint), Chart.Style.LINE,
                    ticks.stream().mapToDouble(Tick::atSeconds).toArray(),
                    ticks.stream().mapToDouble(Tick::perSecond).toArray()));
        }
        return chart.shade(0, phase.warmup().seconds(), "warm-up");
    }

    /** p50 (line), p99 (dashed) and max (dots) of each endpoint, second by second. */
    static Chart latencyOverTime(PhaseResult phase) {
        var chart = new Chart("Latency over time: " + phase.name() + " (p50, p99, max)", "seconds since the phase started", "ms",
                Chart.XScale.LINEAR, Chart.YScale.LOG);
        for (String endpoint : phase.endpoints()) {
            var ticks = ticks(phase, endpoint).stream().filter(t -> t.count() > 0).toList();
            double[] at = ticks.stream().mapToDouble(Tick::atSeconds).toArray();
            int rgb = color(endpoint);
            chart.add(new Chart.Series(endpoint + " p50", rgb, Chart.Style.LINE, at,
                    ticks.stream().mapToDouble(Tick::p50Ms).toArray()));
            chart.add(new Chart.Series(endpoint + " p99", rgb, Chart.Style.DASHED, at,
                    ticks.stream().mapToDouble(Tick::p99Ms).toArray()));
            chart.add(new Chart.Series(endpoint + " max", rgb, Chart.Style.DOTS, at,
                    ticks.stream().mapToDouble(Tick::maxMs).toArray()));
        }
        return chart.shade(0, phase.warmup().seconds(), "warm-up");
    }

    /** The latency distribution of every endpoint's measured window, by percentile. */
    static Chart percentiles(Report report) {
        var chart = new Chart("Latency by percentile (measured windows, concurrency " + report.load().concurrency()
                + ")", "percentile", "ms", Chart.XScale.PERCENTILE, Chart.YScale.LOG);
        for (var phase : report.phases()) {
            for (String endpoint : phase.endpoints()) {
                var h = phase.measured().latency().get(endpoint);
                if (h != null && h.getTotalCount() > 0) {
                    chart.add(distribution(Goals.f("%s  %,.0f req/s", endpoint, phase.summary(endpoint).perSecond()),
                            color(endpoint), Chart.Style.LINE, h));
                }
            }
        }
        return chart;
    }

    /** Each phase's total throughput on one time axis (seconds since that phase started). */
    static Chart phaseThroughput(Report report) {
        var chart = new Chart("Throughput, second by second (each phase from its own start)",
                "seconds since the phase started", "req/s", Chart.XScale.LINEAR, Chart.YScale.LINEAR);
        for (var phase : report.phases()) {
            var totals = new java.util.TreeMap<Double, Double>();
            for (var w : List.of(phase.warmup(), phase.measured())) {
                for (var t : w.ticks()) {
                    totals.merge(t.atSeconds(), t.perSecond(), Double::sum);
                }
            }
            int rgb = phase.endpoints().size() == 1 ? color(phase.endpoints().getFirst()) : 0x2CA02C;
            chart.add(new Chart.Series(phase.name() + (phase.endpoints().size() > 1 ? " (both reads)" : ""), rgb,
                    Chart.Style.LINE, totals.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                    totals.values().stream().mapToDouble(Double::doubleValue).toArray()));
        }
        double warmup = report.load().warmup().toMillis() / 1000.0;
        return chart.shade(0, warmup, "warm-up");
    }

    /** Each lag sample, by when its reservation was confirmed. */
    static Chart lagOverTime(EventLagProbe.Result lag) {
        var chart = new Chart("Event lag of each sample, after the 201", "seconds into the measured reservation window",
                "ms", Chart.XScale.LINEAR, Chart.YScale.LOG);
        var ledger = lag.points().stream().filter(p -> p.ledgerMs() >= 0).toList();
        var myPage = lag.points().stream().filter(p -> p.myPageMs() >= 0).toList();
        chart.add(new Chart.Series("ledger shows RENTED", LEDGER, Chart.Style.DOTS,
                ledger.stream().mapToDouble(EventLagProbe.Point::atSeconds).toArray(),
                ledger.stream().mapToDouble(EventLagProbe.Point::ledgerMs).toArray()));
        chart.add(new Chart.Series("My Page shows RENTED", MY_PAGE, Chart.Style.DOTS,
                myPage.stream().mapToDouble(EventLagProbe.Point::atSeconds).toArray(),
                myPage.stream().mapToDouble(EventLagProbe.Point::myPageMs).toArray()));
        return chart;
    }

    static Chart lagPercentiles(EventLagProbe.Result lag) {
        var chart = new Chart("Event lag by percentile", "percentile", "ms", Chart.XScale.PERCENTILE,
                Chart.YScale.LOG);
        if (lag.ledgerMicros().getTotalCount() > 0) {
            chart.add(distribution("ledger", LEDGER, Chart.Style.LINE, lag.ledgerMicros()));
        }
        if (lag.myPageMicros().getTotalCount() > 0) {
            chart.add(distribution("My Page", MY_PAGE, Chart.Style.LINE, lag.myPageMicros()));
        }
        return chart;
    }

    /** Percentile (x) against latency in ms (y), as HdrHistogram iterates it, five steps per halving. */
    static Chart.Series distribution(String label, int rgb, Chart.Style style, Histogram micros) {
        var xs = new ArrayList<Double>();
        var ys = new ArrayList<Double>();
        for (HistogramIterationValue v : micros.percentiles(5)) {
            xs.add(v.getPercentileLevelIteratedTo());
            ys.add(v.getValueIteratedTo() / 1000.0);
            if (v.getPercentileLevelIteratedTo() >= 100) {
                break;
            }
        }
        return new Chart.Series(label, rgb, style, xs.stream().mapToDouble(Double::doubleValue).toArray(),
                ys.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static List<Tick> ticks(PhaseResult phase, String endpoint) {
        var ticks = new ArrayList<Tick>();
        for (var w : List.of(phase.warmup(), phase.measured())) {
            w.ticks().stream().filter(t -> t.endpoint().equals(endpoint)).forEach(ticks::add);
        }
        return ticks;
    }
}
