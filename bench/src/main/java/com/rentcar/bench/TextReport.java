package com.rentcar.bench;

import static com.rentcar.bench.Goals.f;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The plain-text summary: printed at the end of a run and kept as {@code summary.txt}. */
final class TextReport {

    static final String CO_STATEMENT = "coordinated omission is NOT corrected: closed loop, each worker sends its "
            + "next request when the previous one answered; stalls show in max and in the throughput over time";
    static final double MIB = 1024.0 * 1024;

    private TextReport() {
    }

    static String render(Report r) {
        var out = new StringBuilder();
        line(out, "RentCar bench — run %s, %s", r.runId(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(r.startedAt()));
        line(out, "command:  %s", r.command());
        line(out, "machine:  %s", machine(r.machine()));
        line(out, "load:     %d closed-loop workers (one HTTP/1.1 connection each) in every phase; %d s warm-up, then "
                + "%d s measured; %d customers", r.load().concurrency(), r.load().warmup().toSeconds(),
                r.load().duration().toSeconds(), r.load().customers());
        line(out, "latency:  per request, as the client saw it (System.nanoTime, HdrHistogram, successful requests);");
        line(out, "          %s", CO_STATEMENT);
        line(out, "");
        line(out, "%-12s %-24s %10s %8s %8s %8s %8s %8s %8s", "phase", "endpoint", "req/s", "p50 ms", "p90 ms",
                "p99 ms", "p99.9 ms", "max ms", "errors");
        for (var phase : r.phases()) {
            boolean first = true;
            for (String endpoint : phase.endpoints()) {
                var s = phase.summary(endpoint);
                long errors = phase.measured().errors().getOrDefault(endpoint, Map.of()).values().stream()
                        .mapToLong(Long::longValue).sum();
                line(out, "%-12s %-24s %,10.1f %8.1f %8.1f %8.1f %8.1f %8.1f %8d", first ? phase.name() : "", endpoint,
                        s.perSecond(), s.p50Ms(), s.p90Ms(), s.p99Ms(), s.p999Ms(), s.maxMs(), errors);
                first = false;
            }
        }
        line(out, "");
        line(out, "reservation / hop limit: %.1f %%   (%,.1f / %,.1f req/s, same run)", r.reservationToHop() * 100,
                r.reservation().perSecond(), r.hop().perSecond());
        for (var phase : r.phases()) {
            var errors = phase.measured().errorsByKind();
            if (!errors.isEmpty()) {
                line(out, "errors in %s: %s", phase.name(), errors.entrySet().stream()
                        .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", ")));
            }
            if (phase.note() != null) {
                line(out, "note (%s): %s", phase.name(), phase.note());
            }
        }
        line(out, "reads: the first page (20) of GET /api/available-cars (%d cars on offer) and of My Page (%.0f reservations on average)",
                r.facts().carsOnOfferForReads(), r.facts().myPageEntriesForReads());
        line(out, "");
        lag(out, r.lag(), r.reservation().measured().seconds());
        line(out, "");
        costs(out, r);
        line(out, "");
        startup(out, r.startup());
        line(out, "set-up: %,d cars registered at %,.0f cars/s (POST /api/cars), %s in all",
                r.facts().carsRegistered(), r.facts().carsPerSecond(), seconds(r.facts().setup().toMillis()));
        line(out, "");
        line(out, "goals (issue #7: 2 cores, everything on one machine, concurrency 32)");
        for (var goal : Goals.of(r)) {
            line(out, "  %-15s %s: %s  (goal %s)", "[" + goal.verdict() + "]", goal.what(), goal.actual(),
                    goal.target());
        }
        for (String note : r.notes()) {
            line(out, "");
            line(out, "%s", note);
        }
        return out.toString();
    }

    static String machine(Report.Machine m) {
        return f("%d CPUs (%s), %.1f GiB memory, %s, Java %s; load average %.2f at start", m.cpus(), m.cpuModel(),
                m.memoryBytes() / Goals.GIB, m.os(), m.java(), m.loadAverage());
    }

    private static void lag(StringBuilder out, EventLagProbe.Result lag, double windowSeconds) {
        line(out, "event lag: the first reservation confirmed in each %d ms of the measured window followed until it "
                + "shows RENTED (%d followed, %d skipped while %d were followed)", lag.sampleInterval().toMillis(),
                lag.sampled(), lag.skipped(),
                lag.maxInFlight());
        line(out, "           time from the 201 to the first answer showing it: an upper bound; polls every %d ms "
                + "(100 ms after 0.5 s, 500 ms after 2 s)", lag.pollInterval().toMillis());
        for (var row : List.of(new Object[] {"ledger (GET /api/cars/{id})", lag.ledger(), lag.ledgerMissed()},
                new Object[] {"My Page (GET /api/mypage)", lag.myPage(), lag.myPageMissed()})) {
            var s = (LatencySummary) row[1];
            line(out, "  %-28s p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms   seen %d, never seen within %d s: %d",
                    row[0], s.p50Ms(), s.p99Ms(), s.maxMs(), s.count(), lag.giveUp().toSeconds(), (long) row[2]);
        }
        line(out, "  observation load: %,d polls (%.0f/s over the measured window, on top of the reservations)",
                lag.polls(), windowSeconds > 0 ? lag.polls() / windowSeconds : 0);
    }

    private static void costs(StringBuilder out, Report r) {
        var c = r.costs();
        var phases = r.phases().stream().map(PhaseResult::name).toList();
        var header = new StringBuilder(f("%-14s %10s %12s", "component", "RSS peak", "CPU s (run)"));
        phases.forEach(p -> header.append(f(" %12s", "cores " + p)));
        header.append(f(" %16s", "CPU ms / reserv."));
        line(out, "%s", "cost: resident memory (VmRSS; PostgreSQL server processes as PSS) and CPU, from /proc");
        line(out, "%s", header);
        double reservations = r.reservation().measured().successes();
        for (String component : c.components()) {
            var row = new StringBuilder(f("%-14s %8.0f MiB %12.1f", component,
                    c.peakBytes().getOrDefault(component, 0L) / MIB,
                    c.wholeRun().componentSeconds().getOrDefault(component, 0.0)));
            for (String p : phases) {
                var use = c.perPhase().get(p);
                row.append(f(" %12.2f", use == null || use.seconds() == 0 ? 0
                        : use.componentSeconds().getOrDefault(component, 0.0) / use.seconds()));
            }
            var res = c.perPhase().get("reservation");
            row.append(f(" %16.2f", res == null || reservations == 0 ? 0
                    : res.componentSeconds().getOrDefault(component, 0.0) * 1000 / reservations));
            line(out, "%s", row);
        }
        var total = new StringBuilder(f("%-14s %8.0f MiB %12.1f", "all (peak sum)", c.peakTotalBytes() / MIB,
                c.wholeRun().componentsTotal()));
        var bench = new StringBuilder(f("%-14s %12s %12.1f", "bench client", "", c.wholeRun().benchSeconds()));
        var others = new StringBuilder(f("%-14s %12s %12.1f", "other procs", "", c.wholeRun().othersSeconds()));
        var busy = new StringBuilder(f("%-14s %12s %12s", "machine busy", "", ""));
        for (String p : phases) {
            var use = c.perPhase().get(p);
            double secs = use == null || use.seconds() == 0 ? 1 : use.seconds();
            total.append(f(" %12.2f", use == null ? 0 : use.componentsTotal() / secs));
            bench.append(f(" %12.2f", use == null ? 0 : use.benchSeconds() / secs));
            others.append(f(" %12.2f", use == null ? 0 : use.othersSeconds() / secs));
            busy.append(f(" %11.0f%%", use == null || use.machineCapacitySeconds() == 0 ? 0
                    : 100 * use.machineBusySeconds() / use.machineCapacitySeconds()));
        }
        var res = c.perPhase().get("reservation");
        total.append(f(" %16.2f", res == null || reservations == 0 ? 0 : res.componentsTotal() * 1000 / reservations));
        line(out, "%s", total);
        line(out, "%s", bench);
        line(out, "%s", others);
        line(out, "%s", busy);
        line(out, "  (cores = CPU seconds per second of the phase's measured window; 'other procs' = whatever else "
                + "ran on the machine)");
    }

    private static void startup(StringBuilder out, BenchOptions.Startup startup) {
        if (startup == null) {
            line(out, "start-up: not measured (the system was already running; ./rentcar bench --startup measures a "
                    + "down -> up cycle)");
            return;
        }
        line(out, "start-up: %s from ./rentcar up to every component healthy (%s)", seconds(startup.millis()),
                startup.how());
        for (String ready : startup.readyLines()) {
            line(out, "  %s", ready.trim());
        }
    }

    static String seconds(long millis) {
        return f("%.1f s", millis / 1000.0);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(f(format, args)).append('\n');
    }
}
