package com.rentcar.bench;

import static com.rentcar.bench.Goals.f;
import static com.rentcar.bench.SvgCanvas.escape;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** The self-contained HTML report: tables and inline SVG charts, no scripts, nothing fetched. */
final class HtmlReport {

    private static final int WIDE = 1060;
    private static final int HALF = 525;
    private static final int HIGH = 330;

    private HtmlReport() {
    }

    static String render(Report r) {
        var h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>RentCar bench ").append(escape(r.runId())).append("</title><style>")
                .append("body{font-family:Helvetica,Arial,sans-serif;margin:24px auto;max-width:1080px;color:#222}")
                .append("h1{font-size:22px}h2{font-size:17px;margin-top:30px;border-bottom:1px solid #ddd}")
                .append("table{border-collapse:collapse;margin:8px 0;font-size:13px}")
                .append("td,th{border:1px solid #ddd;padding:3px 8px;text-align:right}")
                .append("td:first-child,th:first-child,td.l{text-align:left}th{background:#f5f5f5}")
                .append(".met{color:#1a7f37;font-weight:bold}.not{color:#c62828;font-weight:bold}.na{color:#888}")
                .append("code,pre{background:#f6f6f6;padding:1px 4px}pre{padding:8px;overflow-x:auto;font-size:12px}")
                .append("svg{border:1px solid #eee;margin:4px 0}.small{color:#666;font-size:12px}")
                .append("</style></head><body>\n");
        h.append("<h1>RentCar bench — run ").append(escape(r.runId())).append("</h1>\n");
        h.append("<p>").append(escape(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                .withZone(ZoneOffset.UTC).format(r.startedAt()))).append(" · <code>").append(escape(r.command()))
                .append("</code><br>").append(escape(TextReport.machine(r.machine()))).append("<br>")
                .append(escape(f("%d closed-loop workers (one HTTP/1.1 connection each) in every phase; %d s warm-up, "
                        + "then %d s measured; %d customers.", r.load().concurrency(), r.load().warmup().toSeconds(),
                        r.load().duration().toSeconds(), r.load().customers())))
                .append("</p><p class=\"small\">Latency: each request as the client saw it (System.nanoTime, "
                        + "HdrHistogram), successful requests only. ")
                .append(escape(TextReport.CO_STATEMENT)).append(". Absolute figures on a shared 2-core machine are "
                        + "noisy: compare the ratios within one run.</p>\n");

        h.append("<h2>Goals</h2><table><tr><th>goal</th><th>target</th><th>this run</th><th></th></tr>");
        for (var g : Goals.of(r)) {
            String css = g.met() == null ? "na" : g.met() ? "met" : "not";
            h.append("<tr><td>").append(escape(g.what())).append("</td><td>").append(escape(g.target()))
                    .append("</td><td class=\"l\">").append(escape(g.actual())).append("</td><td class=\"").append(css)
                    .append("\">").append(escape(g.verdict())).append("</td></tr>");
        }
        h.append("</table>\n");

        h.append("<h2>Throughput and latency</h2>");
        h.append(f("<p><b>Reservation / hop limit: %.1f %%</b> (%,.1f / %,.1f req/s, same run).</p>",
                r.reservationToHop() * 100, r.reservation().perSecond(), r.hop().perSecond()));
        h.append("<table><tr><th>phase</th><th>endpoint</th><th>req/s</th><th>p50 ms</th><th>p90 ms</th>"
                + "<th>p99 ms</th><th>p99.9 ms</th><th>max ms</th><th>measured s</th><th>errors</th></tr>");
        for (var phase : r.phases()) {
            for (String endpoint : phase.endpoints()) {
                var s = phase.summary(endpoint);
                var errors = phase.measured().errors().getOrDefault(endpoint, Map.of());
                h.append(f("<tr><td>%s</td><td class=\"l\">%s</td><td>%,.1f</td><td>%.1f</td><td>%.1f</td>"
                        + "<td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td class=\"l\">%s</td></tr>",
                        escape(phase.name()), escape(endpoint), s.perSecond(), s.p50Ms(), s.p90Ms(), s.p99Ms(),
                        s.p999Ms(), s.maxMs(), phase.measured().seconds(), errors.isEmpty() ? "0"
                                : escape(errors.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                                        .collect(Collectors.joining(", ")))));
            }
        }
        h.append("</table>");
        for (var phase : r.phases()) {
            if (phase.note() != null) {
                h.append("<p class=\"small\">").append(escape(phase.name() + ": " + phase.note())).append("</p>");
            }
        }
        h.append(f("<p class=\"small\">Reads: the first page (20) of GET /api/available-cars, of %d cars on offer, "
                + "and of My Page, of %.0f reservations on average.</p>", r.facts().carsOnOfferForReads(), r.facts().myPageEntriesForReads()));
        h.append(SvgCanvas.chart(Charts.percentiles(r), WIDE, 400)).append('\n');
        h.append(SvgCanvas.chart(Charts.phaseThroughput(r), WIDE, HIGH)).append('\n');
        for (var phase : r.phases()) {
            h.append("<h2>").append(escape(phase.title())).append("</h2>");
            h.append(SvgCanvas.chart(Charts.throughput(phase), HALF, HIGH)).append(' ');
            h.append(SvgCanvas.chart(Charts.latencyOverTime(phase), HALF, HIGH)).append('\n');
        }

        var lag = r.lag();
        h.append("<h2>Event lag after a reservation</h2>");
        h.append(f("<p>The first reservation confirmed in each %d ms of the measured window is followed until the car ledger "
                + "(<code>GET /api/cars/{id}</code>) and My Page (<code>GET /api/mypage</code>) show it RENTED: %d "
                + "followed, %d skipped (at most %d followed at once). The lag is the time from the 201 to the first "
                + "answer that showed it — an upper bound; polls every %d ms, 100 ms after 0.5 s, 500 ms after 2 s. "
                + "%,d polls were sent.</p>", lag.sampleInterval().toMillis(), lag.sampled(), lag.skipped(), lag.maxInFlight(),
                lag.pollInterval().toMillis(), lag.polls()));
        h.append("<table><tr><th>view</th><th>p50 ms</th><th>p90 ms</th><th>p99 ms</th><th>max ms</th><th>seen</th>"
                + "<th>never seen</th></tr>");
        h.append(lagRow("ledger", lag.ledger(), lag.ledgerMissed()));
        h.append(lagRow("My Page", lag.myPage(), lag.myPageMissed()));
        h.append("</table>");
        h.append(SvgCanvas.chart(Charts.lagOverTime(lag), HALF, HIGH)).append(' ');
        h.append(SvgCanvas.chart(Charts.lagPercentiles(lag), HALF, HIGH)).append('\n');

        h.append("<h2>Cost, start-up and set-up</h2><pre>").append(escape(costAndStartup(r))).append("</pre>");
        for (String note : r.notes()) {
            h.append("<p class=\"small\">").append(escape(note)).append("</p>");
        }
        h.append("<p class=\"small\">Raw percentile distributions (HdrHistogram output, ms): the <code>*.hgrm</code> "
                + "files beside this report. The full text summary: <code>summary.txt</code>.</p>");
        h.append("</body></html>\n");
        return h.toString();
    }

    private static String lagRow(String view, LatencySummary s, long missed) {
        return f("<tr><td>%s</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%d</td><td>%d</td></tr>",
                view, s.p50Ms(), s.p90Ms(), s.p99Ms(), s.maxMs(), s.count(), missed);
    }

    /** The cost, start-up and set-up lines of the text summary. */
    private static String costAndStartup(Report r) {
        String text = TextReport.render(r);
        int from = text.indexOf("cost:");
        int to = text.indexOf("goals (issue");
        return from >= 0 && to > from ? text.substring(from, to).strip() : "";
    }
}
