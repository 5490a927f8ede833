package com.rentcar.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@code ./rentcar bench} passes to {@link Benchmark}.
 *
 * @param gateway the gateway's base URL
 * @param concurrency closed-loop workers (and HTTP connections) in every phase
 * @param warmup the unmeasured warm-up before each measured window
 * @param duration each measured window
 * @param customers how many customer accounts share the load
 * @param lagSampleInterval the first reservation confirmed after each such interval has its event lag measured
 * @param lagPollInterval how often a lag sample asks the ledger and My Page (the resolution of the lag)
 * @param runDir the runner's pid files ({@code <component>.pid})
 * @param dataDir the runner's data directory (PostgreSQL's {@code postmaster.pid})
 * @param components the components to account for, in the runner's order
 * @param outDir where the report goes
 * @param pngCopy where the key plot is copied too (the README shows it); null for nowhere
 * @param startup how long {@code ./rentcar up} took before this run, if it was measured
 * @param command the command line as the user typed it, for the report
 * @param clockTicks the kernel's clock ticks per second ({@code getconf CLK_TCK})
 */
record BenchOptions(URI gateway, int concurrency, Duration warmup, Duration duration, int customers,
        Duration lagSampleInterval, Duration lagPollInterval, Path runDir, Path dataDir, List<String> components, Path outDir,
        Path pngCopy, Startup startup, String command, long clockTicks) {

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    /**
     * @param millis from {@code ./rentcar up} to every component healthy
     * @param how what was started (e.g. "down, then up")
     * @param readyLines the runner's own "ready" lines
     */
    record Startup(long millis, String how, List<String> readyLines) {
    }

    static BenchOptions parse(String... args) {
        URI gateway = URI.create("http://localhost:8080");
        int concurrency = 32;
        Duration warmup = Duration.ofSeconds(10);
        Duration duration = Duration.ofSeconds(30);
        int customers = -1;
        Duration sampleInterval = Duration.ofMillis(100);
        Duration poll = Duration.ofMillis(20);
        Path runDir = Path.of(".rentcar/run");
        Path dataDir = Path.of(".rentcar/data");
        List<String> components = List.of();
        Path out = null;
        Path png = null;
        long startupMillis = -1;
        String startupHow = "";
        List<String> readyLines = new ArrayList<>();
        String command = "./rentcar bench";
        long clockTicks = 100;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--gateway" -> gateway = URI.create(value);
                case "--concurrency" -> concurrency = positive(name, value);
                case "--warmup" -> warmup = duration(name, value);
                case "--duration" -> duration = duration(name, value);
                case "--customers" -> customers = positive(name, value);
                case "--lag-sample-interval" -> sampleInterval = duration(name, value);
                case "--lag-poll-interval" -> poll = duration(name, value);
                case "--run-dir" -> runDir = Path.of(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--components" -> components = List.of(value.split("[ ,]+"));
                case "--out" -> out = Path.of(value);
                case "--png-copy" -> png = value.isBlank() ? null : Path.of(value);
                case "--startup-ms" -> startupMillis = Long.parseLong(value);
                case "--startup-how" -> startupHow = value;
                case "--startup-ready" -> readyLines.add(value);
                case "--command" -> command = value;
                case "--clock-ticks" -> clockTicks = positive(name, value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (duration.isZero()) {
            throw new IllegalArgumentException("--duration must be more than 0");
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        var startup = startupMillis < 0 ? null : new Startup(startupMillis, startupHow, List.copyOf(readyLines));
        return new BenchOptions(gateway, concurrency, warmup, duration, customers < 0 ? 4 * concurrency : customers,
                sampleInterval, poll, runDir, dataDir, components, out, png, startup, command, clockTicks);
    }

    /** {@code 30s}, {@code 2m}, {@code 500ms}, or a plain number of seconds. */
    static Duration duration(String name, String value) {
        var m = DURATION.matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(name + " must be a duration like 30s, 2m or 500ms (got: " + value + ")");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the explanation
        }
        throw new IllegalArgumentException(name + " must be a whole number above 0 (got: " + value + ")");
    }
}
