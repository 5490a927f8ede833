package com.rentcar.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.HdrHistogram.Histogram;

/**
 * The lag of events behind a confirmed reservation: for a sample of reservations, two pollers (on virtual
 * threads) ask until the car ledger ({@code GET /api/cars/{id}}, as admin) and My Page ({@code GET /api/mypage},
 * as the customer) show the car RENTED. The lag recorded is the time from the 201 to the arrival of the first
 * answer that showed it — an upper bound, late by at most one poll interval plus one read. Polls come every
 * {@code interval} for the first half second, then every 100 ms, then every 500 ms after two seconds, so that
 * a slow pipeline is not also flooded by its observer; at most {@code maxInFlight} samples are followed at once.
 * Samples are taken by time (the first reservation confirmed after each {@code sampleInterval}), not by count, so
 * the observation load stays about the same whatever the throughput, and a slow run still gets samples.
 */
final class EventLagProbe implements AutoCloseable {

    /** @param atSeconds when the reservation was confirmed, from the start of the measured window */
    record Point(double atSeconds, double ledgerMs, double myPageMs) {
    }

    /**
     * @param ledgerMicros lag until the ledger showed RENTED, of the samples that saw it
     * @param skipped samples not followed because {@code maxInFlight} were already followed
     * @param ledgerMissed samples whose ledger never showed RENTED within the give-up time
     * @param polls observation requests sent (extra load during the reservation phase)
     */
    record Result(long sampled, long skipped, long ledgerMissed, long myPageMissed, Histogram ledgerMicros,
            Histogram myPageMicros, List<Point> points, long polls, Duration pollInterval, Duration giveUp,
            Duration sampleInterval, int maxInFlight) {

        LatencySummary ledger() {
            return LatencySummary.of(ledgerMicros, 0);
        }

        LatencySummary myPage() {
            return LatencySummary.of(myPageMicros, 0);
        }
    }

    private final RentCarApi api;
    private final String adminToken;
    private final Duration interval;
    private final Duration giveUp;
    private final Duration sampleInterval;
    private final AtomicLong nextSampleAt = new AtomicLong(Long.MIN_VALUE);
    private final int maxInFlight;
    private final Semaphore inFlight;
    private final ExecutorService pollers = Executors.newVirtualThreadPerTaskExecutor();
    private final ConcurrentLinkedQueue<Point> points = new ConcurrentLinkedQueue<>();
    private final AtomicLong sampled = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong ledgerMissed = new AtomicLong();
    private final AtomicLong myPageMissed = new AtomicLong();
    private final AtomicLong polls = new AtomicLong();
    private volatile long windowStart;

    EventLagProbe(RentCarApi api, String adminToken, Duration interval, Duration giveUp, Duration sampleInterval,
            int maxInFlight) {
        this.api = api;
        this.adminToken = adminToken;
        this.interval = interval;
        this.giveUp = giveUp;
        this.sampleInterval = sampleInterval;
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /**
     * Whether a reservation confirmed at {@code confirmedAt} ({@link System#nanoTime()}) is to be sampled: the first
     * one after each sample interval is, whichever worker confirmed it.
     */
    boolean due(long confirmedAt) {
        long next = nextSampleAt.get();
        return confirmedAt >= next && nextSampleAt.compareAndSet(next, confirmedAt + sampleInterval.toNanos());
    }

    /** Samples taken from now on are placed on the time axis from this moment. */
    void startWindow() {
        windowStart = System.nanoTime();
    }

    /** Follows one confirmed reservation, unless too many are followed already. */
    void sample(UUID carId, String customerToken, UUID reservationId, long confirmedAt) {
        if (!inFlight.tryAcquire()) {
            skipped.incrementAndGet();
            return;
        }
        sampled.incrementAndGet();
        pollers.submit(() -> {
            try (var both = Executors.newVirtualThreadPerTaskExecutor()) {
                var ledger = both.submit(() -> lagUntil(confirmedAt,
                        () -> "RENTED".equals(api.carStatus(adminToken, carId))));
                var myPage = both.submit(() -> lagUntil(confirmedAt,
                        () -> api.myPageShowsRented(customerToken, reservationId)));
                long ledgerNanos = ledger.get();
                long myPageNanos = myPage.get();
                if (ledgerNanos < 0) {
                    ledgerMissed.incrementAndGet();
                }
                if (myPageNanos < 0) {
                    myPageMissed.incrementAndGet();
                }
                points.add(new Point((confirmedAt - windowStart) / 1e9, ledgerNanos / 1e6, myPageNanos / 1e6));
            } catch (Exception e) {
                ledgerMissed.incrementAndGet();
                myPageMissed.incrementAndGet();
            } finally {
                inFlight.release();
            }
            return null;
        });
    }

    /** Nanoseconds from {@code since} until {@code seen} first held, or -1 if it did not within the give-up time. */
    private long lagUntil(long since, BooleanSupplier seen) throws InterruptedException {
        while (true) {
            boolean shown;
            try {
                polls.incrementAndGet();
                shown = seen.getAsBoolean();
            } catch (BenchFailed e) {
                shown = false; // a failed read is one more poll, not the end of the sample
            }
            long now = System.nanoTime();
            if (shown) {
                return now - since;
            }
            long waited = now - since;
            if (waited > giveUp.toNanos()) {
                return -1;
            }
            Thread.sleep(waited < TimeUnit.MILLISECONDS.toNanos(500) ? interval
                    : waited < TimeUnit.SECONDS.toNanos(2) ? Duration.ofMillis(100) : Duration.ofMillis(500));
        }
    }

    /** Waits (up to the give-up time) for every followed sample, then sums them up. */
    Result finish() {
        pollers.shutdown();
        try {
            pollers.awaitTermination(giveUp.toSeconds() + 10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var ledger = ClosedLoop.histogram();
        var myPage = ClosedLoop.histogram();
        var sorted = new ArrayList<>(points);
        sorted.sort((a, b) -> Double.compare(a.atSeconds(), b.atSeconds()));
        for (var p : sorted) {
            if (p.ledgerMs() >= 0) {
                ledger.recordValue(Math.min((long) (p.ledgerMs() * 1000), ClosedLoop.HIGHEST_MICROS));
            }
            if (p.myPageMs() >= 0) {
                myPage.recordValue(Math.min((long) (p.myPageMs() * 1000), ClosedLoop.HIGHEST_MICROS));
            }
        }
        return new Result(sampled.get(), skipped.get(), ledgerMissed.get(), myPageMissed.get(), ledger, myPage,
                sorted, polls.get(), interval, giveUp, sampleInterval, maxInFlight);
    }

    @Override
    public void close() {
        pollers.shutdownNow();
    }
}
