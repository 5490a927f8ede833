package com.rentcar.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * The accounts and cars a run uses, made through the public API like any client would: customers sign up and
 * log in, the admin registers cars. Every name carries the run's id, so runs against the same system never
 * collide.
 */
final class Fixtures {

    static final String PASSWORD = "bench-pass-2026";
    static final String CAR_MODEL = "Bench Runner";
    static final long DAILY_RATE = 50_000;
    static final int SETUP_ATTEMPTS = 3;

    record Customer(UUID id, String username, String token) {
    }

    private final RentCarApi api;
    private final String runId;
    private final AtomicInteger plates = new AtomicInteger();

    Fixtures(RentCarApi api, String runId) {
        this.api = api;
        this.runId = runId;
    }

    List<Customer> customers(int count, int parallel) {
        return make(count, parallel, i -> retried(attempt -> {
            String username = "bench-" + runId + "-" + i + (attempt == 1 ? "" : "r" + attempt);
            var id = api.registerCustomer(username, PASSWORD, "Bench Customer " + i, username + "@example.com",
                    "010-0000-" + String.format("%04d", i % 10_000));
            return new Customer(id, username, api.login(username, PASSWORD));
        }));
    }

    List<UUID> cars(String adminToken, int count, int parallel) {
        return make(count, parallel, i -> retried(attempt -> api.registerCar(adminToken,
                "B" + runId + "-" + plates.incrementAndGet(), CAR_MODEL, DAILY_RATE)));
    }

    /**
     * Set-up is not measured, and on a busy machine a request may time out at the gateway: such a failure is tried
     * again, with a new name (the first attempt may have been stored after all; its account or car is then unused).
     */
    private static <T> T retried(IntFunction<T> attempt) {
        for (int n = 1;; n++) {
            try {
                return attempt.apply(n);
            } catch (BenchFailed e) {
                if (n == SETUP_ATTEMPTS) {
                    throw e;
                }
                sleep(Duration.ofMillis(500L * n));
            }
        }
    }

    /** Waits until the reservation service offers every one of these cars (it learns of them from car events). */
    void awaitOnOffer(Collection<UUID> cars, String token, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var offered = api.availableCarIds(token);
            long missing = cars.stream().filter(id -> !offered.contains(id)).count();
            if (missing == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new BenchFailed(missing + " of " + cars.size() + " registered cars were still not on offer in "
                        + "GET /api/available-cars after " + timeout.toSeconds() + " s (is reservation consuming car-events?)");
            }
            sleep(Duration.ofMillis(500));
        }
    }

    /** Runs {@code make} for 0..count-1 on {@code parallel} virtual threads; the first failure stops the rest. */
    private static <T> List<T> make(int count, int parallel, IntFunction<T> make) {
        var made = new ConcurrentLinkedQueue<T>();
        var next = new AtomicInteger();
        var failure = new AtomicReference<RuntimeException>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < Math.min(parallel, count); t++) {
                threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                        try {
                            made.add(make.apply(i));
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                });
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new ArrayList<>(made);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailed("interrupted");
        }
    }
}
