package com.rentcar.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * More than one instance, through the gateway of a system started by {@code ./rentcar up}: {@code ./rentcar scale}
 * runs two of reservation, payment, rental and mypage — one racer still wins a car, reservation's payments are
 * approved by both payment instances, every payment becomes exactly one rental with both rental instances holding
 * partitions, every customer's My Page answers whichever instance is asked — and
 * {@code ./rentcar rollout} restarts the reservation instances one at a time under load without a failed request.
 */
@ExtendWith(RunningSystem.class)
class ScaleOutEndToEndIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final RentCarSystem system = RunningSystem.SYSTEM;
    private static final LocalDate TOMORROW = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1);
    private static final Pattern ASSIGNED = Pattern.compile("partitions assigned: \\[([^\\]]*)\\]");
    private static final List<String> SCALED = List.of("reservation", "payment", "rental", "mypage");
    /** payment's second instance listens on payment's port + 100 (./rentcar scale) */
    private static final int PAYMENT_PORT = 8084;
    private static final int PAYMENT_2_PORT = 8184;
    private static final Pattern APPROVALS = Pattern.compile(
            "(?m)^http_server_requests_seconds_count\\{(?=[^}]*method=\"POST\")(?=[^}]*status=\"201\")(?=[^}]*uri=\"/api/payments\")[^}]*} (\\S+)$");

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void two_instances_share_the_work_and_a_rollout_under_load_fails_no_request() throws Exception {
        var admin = system.login("admin", "admin");
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var scaled = SCALED.stream()
                    .map(service -> pool.submit(() -> system.rentcar("scale", service, "2"))).toList();
            for (var scaling : scaled) {
                assertThat(scaling.get()).contains("runs 2 instance(s)");
            }
        }
        try {
            // two reservation instances: still exactly one of twenty racers gets the car
            var carId = registerCar(admin, "88아");
            var racers = new ArrayList<String>();
            for (int i = 0; i < 20; i++) {
                racers.add(system.newCustomer("scale" + i + "." + suffix));
            }
            await().atMost(EVENTUALLY).until(() -> system.onOffer(carId, racers.getFirst()));
            var statuses = system.race(racers, carId, TOMORROW, TOMORROW.plusDays(1));
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);

            // two rental instances share payment-events' partitions, and each payment is one rental
            var reservations = new ArrayList<String>();
            for (var customer : racers.subList(1, 7)) {
                var car = registerCar(admin, "99자");
                await().atMost(EVENTUALLY).until(() -> system.onOffer(car, customer));
                var reserved = reserve(customer, car);
                assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
                reservations.add(reserved.json().get("id").asString());
            }
            await().atMost(EVENTUALLY).untilAsserted(() -> {
                var rentals = system.get("/api/rentals", admin).json();
                for (var reservation : reservations) {
                    assertThat(count(rentals, reservation)).as("rentals of reservation %s", reservation).isEqualTo(1);
                }
            });
            // reservation calls payment's instances in turn: both approved some of these payments
            assertThat(approvalsOn(PAYMENT_PORT)).as("approvals by payment").isPositive();
            assertThat(approvalsOn(PAYMENT_2_PORT)).as("approvals by payment-2").isPositive();
            assertThat(lastAssignment("rental")).as("rental's partitions").isNotEmpty();
            assertThat(lastAssignment("rental-2")).as("rental-2's partitions").isNotEmpty();

            // two mypage instances: every customer's page answers, whichever instance the gateway asks (a 503 while
            // the two rebalance their stores says to ask again, as a client would)
            for (var customer : racers) {
                for (int ask = 0; ask < 2; ask++) {
                    var page = await().atMost(EVENTUALLY).until(() -> system.get("/api/mypage", customer),
                            answer -> answer.status() != 503);
                    assertThat(page.status()).as(page.toString()).isEqualTo(200);
                }
            }

            // a rollout of reservation under load: every request answered
            var statusesDuringRollout = new ConcurrentHashMap<Integer, Integer>();
            var stop = new AtomicBoolean();
            try (var load = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int worker = 0; worker < 4; worker++) {
                    var customer = racers.get(worker);
                    load.submit(() -> {
                        while (!stop.get()) {
                            int status;
                            try {
                                status = system.get("/api/available-cars", customer).status();
                            } catch (AssertionError noAnswer) { // no answer within 30 s counts as failed: -1
                                status = -1;
                            }
                            statusesDuringRollout.merge(status, 1, Integer::sum);
                        }
                    });
                }
                try {
                    // two starts in turn: minutes on a busy 2-core machine
                    assertThat(system.rentcar(Duration.ofMinutes(15), "rollout", "reservation")).contains("reservation rolled out");
                } finally {
                    stop.set(true);
                }
            }
            assertThat(statusesDuringRollout).as("statuses during the rollout").containsOnlyKeys(200);
        } finally {
            for (var service : SCALED) {
                system.rentcar("scale", service, "1");
            }
        }
    }

    private RentCarSystem.Response reserve(String customer, String carId) {
        return system.reserve(customer, carId, TOMORROW, TOMORROW.plusDays(1));
    }

    private String registerCar(String admin, String prefix) {
        // set-up, not what is measured: a machine busy starting instances may miss the client's 30 s, so try again
        var registered = await().atMost(Duration.ofMinutes(3)).ignoreExceptionsInstanceOf(AssertionError.class)
                .until(() -> system.post("/api/cars", admin, """
                        {"plateNumber":"%s%d","model":"Kia Niro","dailyRate":40000}""".formatted(prefix,
                        ThreadLocalRandom.current().nextInt(100_000, 1_000_000))), response -> true);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    /** The payments an instance of payment approved ({@code POST /api/payments} answered 201), from its metrics. */
    private static double approvalsOn(int basePort) {
        var metrics = system.getFrom(basePort, "/actuator/prometheus");
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        double approvals = 0;
        for (var matcher = APPROVALS.matcher(metrics.body()); matcher.find();) {
            approvals += Double.parseDouble(matcher.group(1));
        }
        return approvals;
    }

    private static long count(JsonNode rentals, String reservationId) {
        long count = 0;
        for (var rental : rentals) {
            if (rental.get("reservationId").asString().equals(reservationId)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The partitions of payment-events the instance's consumers were given at the last rebalance (eager: every
     * consumer gives up its partitions, then the group's range assignment hands them out again).
     */
    private static String lastAssignment(String instance) {
        var log = system.log(instance);
        log = log.substring(Math.max(0, log.lastIndexOf("===== rentcar: starting")));
        log = log.substring(Math.max(0, log.lastIndexOf("partitions revoked")));
        var matcher = ASSIGNED.matcher(log);
        var held = new StringBuilder();
        while (matcher.find()) {
            if (matcher.group(1).contains("payment-events")) {
                held.append(matcher.group(1)).append(' ');
            }
        }
        return held.toString().trim();
    }
}
