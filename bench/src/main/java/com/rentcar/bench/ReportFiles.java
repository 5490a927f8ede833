package com.rentcar.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;

/**
 * Writes a run's report into its directory: {@code summary.txt}, {@code report.html}, {@code key-plot.png} and
 * one HdrHistogram percentile distribution ({@code .hgrm}, in ms) per endpoint and lag view.
 */
final class ReportFiles {

    static final String SUMMARY = "summary.txt";
    static final String HTML = "report.html";
    static final String PNG = "key-plot.png";

    private ReportFiles() {
    }

    /** @return the files written, and a line for any that could not be */
    static List<String> write(Report report, Path dir, Path pngCopy) throws IOException {
        Files.createDirectories(dir);
        var written = new ArrayList<String>();
        Files.writeString(dir.resolve(SUMMARY), TextReport.render(report), StandardCharsets.UTF_8);
        written.add(dir.resolve(SUMMARY).toString());
        Files.writeString(dir.resolve(HTML), HtmlReport.render(report), StandardCharsets.UTF_8);
        written.add(dir.resolve(HTML).toString());
        try {
            KeyPlot.write(report, dir.resolve(PNG));
            written.add(dir.resolve(PNG).toString());
            if (pngCopy != null) {
                Files.createDirectories(pngCopy.toAbsolutePath().getParent());
                Files.copy(dir.resolve(PNG), pngCopy, StandardCopyOption.REPLACE_EXISTING);
                written.add(pngCopy.toString());
            }
        } catch (IOException | RuntimeException | Error e) { // e.g. no fonts on a bare machine
            written.add("(the PNG could not be drawn: " + e + ")");
        }
        for (var phase : report.phases()) {
            for (var e : phase.measured().latency().entrySet()) {
                String name = phase.name() + "-" + e.getKey().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
                written.add(hgrm(dir, name.toLowerCase(), e.getValue()));
            }
        }
        written.add(hgrm(dir, "lag-ledger", report.lag().ledgerMicros()));
        written.add(hgrm(dir, "lag-mypage", report.lag().myPageMicros()));
        return written;
    }

    private static String hgrm(Path dir, String name, Histogram micros) throws IOException {
        var file = dir.resolve(name + ".hgrm");
        try (var out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            if (micros.getTotalCount() > 0) {
                micros.outputPercentileDistribution(out, 1000.0);
            }
        }
        return file.toString();
    }
}
