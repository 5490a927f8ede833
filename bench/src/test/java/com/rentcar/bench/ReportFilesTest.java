package com.rentcar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_run_is_written_as_a_summary_an_html_report_with_charts_a_png_and_histograms() throws Exception {
        var report = sampleReport();

        ReportFiles.write(report, dir, dir.resolve("docs/latest.png"));

        var summary = Files.readString(dir.resolve(ReportFiles.SUMMARY));
        assertThat(summary).contains("reservation / hop limit: 25.0 %").contains("POST /api/reservations")
                .contains("coordinated omission is NOT corrected").contains("[NOT met]").contains("[met]");
        var html = Files.readString(dir.resolve(ReportFiles.HTML));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script")
                .doesNotContain("src=\"http");
        int charts = 0;
        for (int at = html.indexOf("<svg"); at >= 0; at = html.indexOf("<svg", at + 1)) {
            String svg = html.substring(at, html.indexOf("</svg>", at) + 6);
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            charts++;
        }
        assertThat(charts).isEqualTo(10);
        var png = ImageIO.read(dir.resolve(ReportFiles.PNG).toFile());
        assertThat(png.getWidth()).isEqualTo(KeyPlot.WIDTH);
        assertThat(png.getHeight()).isEqualTo(KeyPlot.HEIGHT);
        assertThat(dir.resolve("docs/latest.png")).exists();
        assertThat(Files.readString(dir.resolve("reservation-post-api-reservations.hgrm"))).contains("Percentile");
    }

    @Test
    void the_goals_compare_reservations_with_the_hop_limit_of_the_same_run() {
        var goals = Goals.of(sampleReport());

        assertThat(goals.getFirst().what()).contains("hop limit");
        assertThat(goals.getFirst().met()).isFalse(); // 25 % < 30 %
        assertThat(goals.get(1).met()).isTrue(); // p99 40 ms <= 50 ms
        assertThat(goals).anySatisfy(g -> assertThat(g.met()).isNull()); // start-up not measured
    }

    static Report sampleReport() {
        var hop = phase("hop", "GET /api/noop", 1000, 8, 100);
        var reservation = phase("reservation", "POST /api/reservations", 250, 20, 40);
        var reads = new PhaseResult("reads", "Reads", List.of("GET /api/mypage", "GET /api/available-cars"),
                window("GET /api/mypage", 300, 5, 30, true), window("GET /api/available-cars", 300, 5, 30, false),
                null);
        var ledger = ClosedLoop.histogram();
        var myPage = ClosedLoop.histogram();
        var points = new ArrayList<EventLagProbe.Point>();
        for (int i = 0; i < 60; i++) {
            ledger.recordValue(40_000 + i * 1000);
            myPage.recordValue(90_000 + i * 2000);
            points.add(new EventLagProbe.Point(i / 2.0, 40 + i, 90 + 2 * i));
        }
        var lag = new EventLagProbe.Result(60, 0, 0, 0, ledger, myPage, points, 600, Duration.ofMillis(20),
                Duration.ofSeconds(60), Duration.ofMillis(100), 32);
        var cpu = new ProcessCosts.CpuUse(30, Map.of("gateway", 20.0, "reservation", 25.0), 6, 58, 60);
        var costs = new Report.Costs(List.of("gateway", "reservation"), Map.of("gateway", 300L << 20,
                "reservation", 400L << 20), 700L << 20, cpu, Map.of("hop", cpu, "reservation", cpu, "reads", cpu));
        return new Report("abc123", Instant.parse("2026-01-01T00:00:00Z"), "./rentcar bench",
                new Report.Machine(2, 24L << 30, "Test CPU", "Linux", "25", 1.5),
                new Report.Load(32, Duration.ofSeconds(10), Duration.ofSeconds(30), 128), hop, reservation, reads,
                lag, costs, null, new Report.Facts(10_000, 400, 100, 60, Duration.ofSeconds(20)),
                List.of("a note"));
    }

    private static PhaseResult phase(String name, String endpoint, double perSecond, double p50, double p99) {
        return new PhaseResult(name, name, List.of(endpoint), window(endpoint, perSecond, p50, p99, true),
                window(endpoint, perSecond, p50, p99, false), null);
    }

    /** 30 one-second ticks at a steady rate; half the requests at p50, the slowest 1 % at p99. */
    private static Window window(String endpoint, double perSecond, double p50, double p99, boolean warmup) {
        var h = ClosedLoop.histogram();
        long count = (long) (perSecond * 30);
        for (long i = 0; i < count; i++) {
            h.recordValue((long) ((i < count * 0.99 ? p50 : p99) * 1000));
        }
        var ticks = new ArrayList<Tick>();
        for (int s = 1; s <= 30; s++) {
            ticks.add(new Tick(endpoint, s + (warmup ? 0 : 30), 1, warmup, (long) perSecond, 0, p50, p99, p99 * 1.5));
        }
        Map<String, Histogram> latency = new LinkedHashMap<>();
        latency.put(endpoint, h);
        return new Window(30, latency, Map.of(), ticks, null);
    }
}
