package com.rentcar.drills.catalogue;

import static com.rentcar.drills.DrillFailed.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import com.rentcar.drills.Drill;
import com.rentcar.drills.DrillFailed;
import com.rentcar.drills.Outcome;
import com.rentcar.drills.SystemUnderTest;
import com.rentcar.drills.support.Await;
import com.rentcar.drills.support.Http.Response;
import com.rentcar.drills.support.Stores;

/**
 * Crash safety (outbox, idempotent consumers, reconciliation): a burst of 50 reservations, and in the middle of it
 * a service is killed with SIGKILL and started again. Afterwards, car by car: a confirmed reservation has exactly
 * one approved payment, exactly one rental, RENTED, and a RENTED car in the ledger; a car whose reservation was
 * refused has no reservation, no approved payment, no rental, and is AVAILABLE. Requests that were in flight inside
 * the killed reservation service got no answer: the reconciler settles them one way or the other (the customer
 * either paid and holds the car, or holds and paid nothing).
 */
public final class KillMidFlight implements Drill {

    private static final int BURST = 50;
    private static final int AT_ONCE = 10;
    private static final int KILL_AFTER_ANSWERS = 10;
    private static final Duration SETTLED = Duration.ofSeconds(180);

    private final String victim;

    public KillMidFlight(String victim) {
        this.victim = victim;
    }

    @Override
    public String name() {
        return "kill-" + victim;
    }

    @Override
    public String promise() {
        return "a burst of reservations survives " + victim + " being killed with SIGKILL: 0 lost, 0 duplicated";
    }

    @Override
    public Outcome run(SystemUnderTest system) throws Exception {
        var api = system.api();
        var cars = api.registerCars(BURST, "Genesis G70", 90_000);
        var customers = api.newCustomers("k9", AT_ONCE);
        api.awaitOnOffer(cars, Duration.ofSeconds(90));

        var answers = new Response[BURST];
        var answered = new AtomicInteger();
        var gate = new Semaphore(AT_ONCE);
        long killedPid;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var burst = new ArrayList<CompletableFuture<Void>>();
            for (int i = 0; i < BURST; i++) {
                int index = i;
                burst.add(CompletableFuture.runAsync(() -> {
                    gate.acquireUninterruptibly();
                    try {
                        answers[index] = api.reserve(customers.get(index % AT_ONCE).token(), cars.get(index), 1);
                    } finally {
                        answered.incrementAndGet();
                        gate.release();
                    }
                }, pool));
            }
            Await.until(Duration.ofSeconds(120), KILL_AFTER_ANSWERS + " answers before the kill",
                    () -> answered.get() >= KILL_AFTER_ANSWERS);
            killedPid = system.kill(victim);
            try {
                system.start(victim);
            } finally {
                CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new)).join();
            }
        }

        var confirmedByAnswer = new HashSet<String>();
        int refused = 0;
        int unanswered = 0;
        var serverErrors = new ArrayList<String>();
        for (var answer : answers) {
            if (answer.status() == 201) {
                confirmedByAnswer.add(answer.text("id"));
            } else if (answer.status() >= 400 && answer.status() < 500 || answer.status() == 503) {
                refused++;
            } else {
                unanswered++; // the connection died with the service: the gateway's 502 or 504, or none at all
            }
            if (answer.status() >= 500 && answer.status() != 502 && answer.status() != 503 && answer.status() != 504) {
                serverErrors.add(answer.toString());
            }
        }
        check(serverErrors.isEmpty(), "%d reservations were answered with a server error: %s", serverErrors.size(),
                String.join(" | ", serverErrors));

        var stores = system.stores();
        var settled = Await.until(SETTLED, "every car settled", () -> unsettled(system, stores, cars).isEmpty(),
                () -> String.join("; ", unsettled(system, stores, cars)));
        var confirmed = confirmedReservations(stores, cars);
        for (var id : confirmedByAnswer) {
            check(confirmed.containsValue(id), "reservation %s was answered 201 but is not confirmed in the store", id);
        }
        int settledByReconciliation = confirmed.size() - confirmedByAnswer.size();
        return Outcome.pass(("%d reservations, %s (pid %d) killed with SIGKILL after %d answers and restarted: %d confirmed "
                + "(%d answered 201%s), %d refused, %d cut off; every confirmed one has exactly 1 payment, 1 rental and a RENTED "
                + "car, every other car none and AVAILABLE (settled %s after the burst) — 0 lost, 0 duplicated")
                .formatted(BURST, victim, killedPid, KILL_AFTER_ANSWERS, confirmed.size(), confirmedByAnswer.size(),
                        settledByReconciliation == 0 ? "" : ", " + settledByReconciliation + " confirmed by reconciliation",
                        refused, unanswered, Await.seconds(settled)));
    }

    /** Car id → the id of its confirmed reservation. */
    static Map<String, String> confirmedReservations(Stores stores, List<String> cars) {
        var confirmed = new HashMap<String, String>();
        for (var row : stores.query("reservation",
                "select car_id::text as car, id::text as id from reservation where car_id::text = any(?) and status = 'CONFIRMED'",
                cars)) {
            var earlier = confirmed.put((String) row.get("car"), (String) row.get("id"));
            if (earlier != null) {
                throw new DrillFailed("car " + row.get("car") + " has two confirmed reservations: " + earlier + " and " + row.get("id"));
            }
        }
        return confirmed;
    }

    /**
     * What is not yet as it must end, car by car; empty once every car is either confirmed, paid once, rented once and
     * RENTED, or free of everything and AVAILABLE.
     */
    static List<String> unsettled(SystemUnderTest system, Stores stores, List<String> cars) {
        var problems = new ArrayList<String>(PaymentSlow.mismatches(stores, cars));
        var confirmed = confirmedReservations(stores, cars);
        var approved = new HashMap<String, Integer>();
        for (var row : stores.query("payment",
                "select reservation_id::text as reservation from payment where car_id::text = any(?) and status = 'APPROVED'", cars)) {
            approved.merge((String) row.get("reservation"), 1, Integer::sum);
        }
        var rentals = new HashMap<String, List<String>>();
        for (var row : stores.query("rental",
                "select car_id::text as car, reservation_id::text as reservation, status from rental where car_id::text = any(?)",
                cars)) {
            rentals.computeIfAbsent((String) row.get("car"), k -> new ArrayList<>())
                    .add(row.get("reservation") + ":" + row.get("status"));
        }
        var ledger = system.api().ledger();
        for (var car : cars) {
            var reservation = confirmed.get(car);
            var carRentals = rentals.getOrDefault(car, List.of());
            if (reservation != null) {
                if (approved.getOrDefault(reservation, 0) != 1) {
                    problems.add("reservation " + reservation + " has " + approved.getOrDefault(reservation, 0) + " approved payments");
                }
                if (!carRentals.equals(List.of(reservation + ":RENTED"))) {
                    problems.add("reservation " + reservation + " has rentals " + carRentals);
                }
                if (!"RENTED".equals(ledger.get(car))) {
                    problems.add("car " + car + " is " + ledger.get(car) + " in the ledger, not RENTED");
                }
            } else {
                Set<String> stillRented = new HashSet<>();
                carRentals.stream().filter(r -> r.endsWith(":RENTED")).forEach(stillRented::add);
                if (!stillRented.isEmpty()) {
                    problems.add("car " + car + " without a reservation has rentals " + stillRented);
                }
                if (!"AVAILABLE".equals(ledger.get(car))) {
                    problems.add("car " + car + " without a reservation is " + ledger.get(car) + " in the ledger");
                }
            }
        }
        return problems;
    }
}
