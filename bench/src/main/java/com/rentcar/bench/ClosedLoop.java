package com.rentcar.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Closed-loop load: {@code concurrency} workers on virtual threads, each sending its next request as soon as the
 * previous one answered. Every exchange is timed with {@link System#nanoTime()} and recorded (in microseconds)
 * in an HdrHistogram {@link Recorder} per endpoint; a ticker takes each recorder's interval histogram every
 * second, for the charts and the window's totals. Coordinated omission is not corrected (see package-info).
 */
final class ClosedLoop {

    static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(120);
    private static final long TICK_NANOS = TimeUnit.SECONDS.toNanos(1);

    /**
     * @param onSuccess given the answer of a request that got its expected status, outside the timed exchange
     * @param onFailure given the status of a request that got another one (0 when no answer came)
     */
    record Request(String endpoint, HttpRequest http, int expectedStatus, Consumer<Answer> onSuccess,
            IntConsumer onFailure) {

        Request(String endpoint, HttpRequest http, int expectedStatus) {
            this(endpoint, http, expectedStatus, null, null);
        }
    }

    /** @param receivedAt {@link System#nanoTime()} when the whole answer had arrived */
    record Answer(String body, long receivedAt) {
    }

    @FunctionalInterface
    interface Workload {

        /** The next request of worker {@code worker}, or null when there is nothing left to send. */
        Request next(int worker);

        default String exhausted() {
            return "the workload ran out";
        }
    }

    private final HttpClient http;
    private final int concurrency;
    private final Progress progress;

    ClosedLoop(HttpClient http, int concurrency, Progress progress) {
        this.http = http;
        this.concurrency = concurrency;
        this.progress = progress;
    }

    /**
     * Runs one window.
     *
     * @param offsetSeconds where this window starts on the phase's time axis (the warm-up's length for a
     *        measured window)
     */
    Window run(String phase, Workload workload, Duration length, boolean warmup, double offsetSeconds) {
        if (length.isZero() || length.isNegative()) {
            return Window.NONE;
        }
        var state = new State();
        var ticks = new ArrayList<Tick>();
        var totals = new LinkedHashMap<String, Histogram>();
        var lastErrors = new HashMap<String, Long>();
        String windowName = warmup ? "warm-up" : "measure";
        long start = System.nanoTime();
        long end = start + length.toNanos();
        long tickStart = start;
        long nextTick = start + TICK_NANOS;
        long requests = 0;
        long errors = 0;
        try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                int worker = w;
                workers.submit(() -> work(worker, workload, state));
            }
            while (true) {
                long now = waitUntil(Math.min(nextTick, end), state);
                boolean last = now >= end || state.exhausted.get() != null;
                double at = offsetSeconds + (now - start) / 1e9;
                double tickSeconds = (now - tickStart) / 1e9;
                long tickCount = 0;
                long tickErrors = 0;
                for (var endpoint : state.endpoints()) {
                    var interval = state.recorder(endpoint).getIntervalHistogram();
                    totals.computeIfAbsent(endpoint, e -> histogram()).add(interval);
                    long failed = state.errorsOf(endpoint) - lastErrors.getOrDefault(endpoint, 0L);
                    lastErrors.merge(endpoint, failed, Long::sum);
                    ticks.add(new Tick(endpoint, at, tickSeconds, warmup, interval.getTotalCount(), failed,
                            interval.getValueAtPercentile(50) / 1000.0, interval.getValueAtPercentile(99) / 1000.0,
                            interval.getMaxValue() / 1000.0));
                    tickCount += interval.getTotalCount();
                    tickErrors += failed;
                }
                requests += tickCount;
                errors += tickErrors;
                progress.tick(phase, windowName, (now - start) / 1e9, length.toSeconds(), requests, errors,
                        tickSeconds > 0 ? tickCount / tickSeconds : 0, last);
                tickStart = now;
                nextTick += TICK_NANOS;
                if (last) {
                    state.stop.set(true);
                    return new Window((now - start) / 1e9, totals, state.errorSnapshot(), ticks,
                            state.exhausted.get());
                }
            }
        }
    }

    private void work(int worker, Workload workload, State state) {
        while (!state.stop.get()) {
            var request = workload.next(worker);
            if (request == null) {
                state.exhausted.compareAndSet(null, workload.exhausted());
                return;
            }
            long sent = System.nanoTime();
            try {
                var response = http.send(request.http(), BodyHandlers.ofString());
                long received = System.nanoTime();
                if (response.statusCode() == request.expectedStatus()) {
                    state.recorder(request.endpoint()).recordValue(Math.min((received - sent) / 1000, HIGHEST_MICROS));
                    if (request.onSuccess() != null) {
                        request.onSuccess().accept(new Answer(response.body(), received));
                    }
                } else {
                    state.failed(request.endpoint(), "HTTP " + response.statusCode());
                    if (request.onFailure() != null) {
                        request.onFailure().accept(response.statusCode());
                    }
                }
            } catch (IOException e) {
                state.failed(request.endpoint(), e.getClass().getSimpleName());
                if (request.onFailure() != null) {
                    request.onFailure().accept(0);
                }
                pause(); // a refused connection fails at once: do not spin
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long waitUntil(long deadline, State state) {
        while (true) {
            long now = System.nanoTime();
            if (now >= deadline || state.exhausted.get() != null) {
                return now;
            }
            try {
                Thread.sleep(Duration.ofNanos(Math.min(deadline - now, TimeUnit.MILLISECONDS.toNanos(50))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchFailed("interrupted");
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Histogram histogram() {
        return new Histogram(HIGHEST_MICROS, 3);
    }

    /** What the workers and the ticker share during one window. */
    private static final class State {

        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicReference<String> exhausted = new AtomicReference<>();
        private final Map<String, Recorder> recorders = new ConcurrentHashMap<>();
        /** endpoint → failure kind → count, never reset: the ticker takes differences. */
        private final Map<String, Map<String, LongAdder>> errors = new ConcurrentHashMap<>();

        Recorder recorder(String endpoint) {
            return recorders.computeIfAbsent(endpoint, e -> new Recorder(HIGHEST_MICROS, 3));
        }

        List<String> endpoints() {
            var names = new ArrayList<>(recorders.keySet());
            errors.keySet().stream().filter(e -> !names.contains(e)).forEach(names::add);
            names.forEach(this::recorder);
            names.sort(null);
            return names;
        }

        void failed(String endpoint, String kind) {
            errors.computeIfAbsent(endpoint, e -> new ConcurrentHashMap<>())
                    .computeIfAbsent(kind, k -> new LongAdder()).increment();
        }

        long errorsOf(String endpoint) {
            var kinds = errors.get(endpoint);
            return kinds == null ? 0 : kinds.values().stream().mapToLong(LongAdder::sum).sum();
        }

        Map<String, Map<String, Long>> errorSnapshot() {
            var snapshot = new LinkedHashMap<String, Map<String, Long>>();
            errors.forEach((endpoint, kinds) -> {
                var counts = new LinkedHashMap<String, Long>();
                kinds.forEach((kind, n) -> counts.put(kind, n.sum()));
                snapshot.put(endpoint, counts);
            });
            return snapshot;
        }
    }
}
