package com.rentcar.drills.catalogue;

import static com.rentcar.drills.DrillFailed.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.rentcar.drills.Drill;
import com.rentcar.drills.Outcome;
import com.rentcar.drills.SystemUnderTest;
import com.rentcar.drills.support.Await;
import com.rentcar.drills.support.Http.Response;

/**
 * The outbox and the idempotent consumers across a broker outage: reservations keep coming while the Kafka broker is
 * stopped for 20 s and started again. Every event the services committed in that time is published once the broker
 * is back (no outbox row left unpublished, every committed event id on its topic), and applied once in effect: each
 * confirmed reservation has exactly one rental, a RENTED car, one My Page entry and one confirmation notification.
 */
public final class BrokerRestart implements Drill {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final Duration EVENTUALLY = Duration.ofSeconds(180);
    private static final List<String> DATABASES = List.of("customer", "management", "payment", "reservation", "rental", "notification");

    @Override
    public String name() {
        return "broker-restart";
    }

    @Override
    public String promise() {
        return "every event committed while the broker is down is delivered after its restart, once in effect";
    }

    @Override
    public Outcome run(SystemUnderTest system) throws Exception {
        var api = system.api();
        var cars = api.registerCars(60, "Kia EV6", 70_000);
        var customers = api.newCustomers("br", 3);
        api.awaitOnOffer(cars, Duration.ofSeconds(90));
        var stores = system.stores();
        var outboxBefore = new ArrayList<Long>();
        for (var database : DATABASES) {
            outboxBefore.add(newestOutboxPosition(system, database));
        }

        var answers = Collections.synchronizedList(new ArrayList<Response>());
        var stop = new AtomicBoolean();
        var traffic = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < cars.size() && !stop.get(); i++) {
                answers.add(api.reserve(customers.get(i % customers.size()).token(), cars.get(i), 1));
                Await.pause(Duration.ofMillis(250));
            }
        });
        try {
            Await.until(Duration.ofSeconds(60), "a few reservations before the outage", () -> answers.size() >= 3);
            system.stop("kafka");
            try {
                Await.pause(OUTAGE);
            } finally {
                system.start("kafka");
            }
            Await.pause(Duration.ofSeconds(2)); // traffic goes on a little after the restart too
        } finally {
            stop.set(true);
            traffic.join();
        }

        var confirmed = new ArrayList<String>();
        List<Response> all;
        synchronized (answers) {
            all = List.copyOf(answers);
        }
        for (var answer : all) {
            check(answer.status() == 201 || answer.status() == 503 && answer.isProblem(),
                    "a reservation during the broker outage was answered %s", answer);
            if (answer.status() == 201) {
                confirmed.add(answer.text("id"));
            }
        }
        check(!confirmed.isEmpty(), "no reservation was confirmed during the drill");

        // every committed event is published...
        var published = Await.until(EVENTUALLY, "every outbox row published", () -> DATABASES.stream()
                .allMatch(db -> stores.count(db, "select count(*) as n from outbox_event where published_at is null") == 0));
        // ...and is on its topic. Awaited, not looked at once: the services are still applying the traffic's events
        // and commit more of their own meanwhile (a rental's events follow its reservation's)
        var lastComparison = new AtomicReference<TopicComparison>();
        Await.until(EVENTUALLY, "every committed event on its topic", () -> {
            lastComparison.set(compareWithTopics(system, outboxBefore));
            return lastComparison.get().missing().isEmpty();
        }, () -> lastComparison.get().missing().size() + " committed events are not on their topics: " + lastComparison.get().missing());
        int committed = lastComparison.get().committed();

        // ...and applied once in effect
        api.awaitRentals(confirmed, "RENTED", EVENTUALLY);
        var rentals = api.rentalsByReservation();
        for (var id : confirmed) {
            check(rentals.get(id).size() == 1, "reservation %s has %d rentals", id, rentals.get(id).size());
        }
        Await.until(EVENTUALLY, "one My Page entry and one confirmation per reservation, CONFIRMED/APPROVED/RENTED", () -> {
            int seen = 0;
            for (var customer : customers) {
                var entries = api.myPageEntries(customer.token());
                var notified = new HashMap<String, Integer>();
                for (var n : api.notifications(customer.token())) {
                    if ("RESERVATION_CONFIRMED".equals(n.get("type").asString())) {
                        notified.merge(n.get("reservationId").asString(), 1, Integer::sum);
                    }
                }
                for (var id : confirmed) {
                    var entry = entries.get(id);
                    if (entry == null) {
                        continue;
                    }
                    check(entry.size() == 1, "My Page shows reservation %s %d times", id, entry.size());
                    check(notified.getOrDefault(id, 0) <= 1, "reservation %s was notified %d times", id, notified.get(id));
                    var e = entry.getFirst();
                    if ("CONFIRMED".equals(e.get("reservationStatus").asString()) && "APPROVED".equals(e.get("paymentStatus").asString())
                            && "RENTED".equals(e.get("rentalStatus").asString()) && notified.getOrDefault(id, 0) == 1) {
                        seen++;
                    }
                }
            }
            return seen == confirmed.size();
        });
        return Outcome.pass(("Kafka stopped %d s during %d reservations (%d confirmed): %d events committed meanwhile, all published "
                + "within %s of the restart and on their topics; every confirmed reservation rented once, once on My Page, "
                + "notified once — 0 lost, 0 applied twice")
                .formatted(OUTAGE.toSeconds(), all.size(), confirmed.size(), committed, Await.seconds(published)));
    }

    /**
     * The events committed since the drill began ({@code outboxBefore}: each database's newest position then), and
     * which of them are not on their topics.
     */
    private static TopicComparison compareWithTopics(SystemUnderTest system, List<Long> outboxBefore) {
        int committed = 0;
        var missing = new ArrayList<String>();
        for (int d = 0; d < DATABASES.size(); d++) {
            // published rows are purged after a while: compare what is still there
            var rows = system.stores().query(DATABASES.get(d),
                    "select event_id::text as id, topic, published_at::text as published from outbox_event where position > ?", outboxBefore.get(d));
            var byTopic = new HashMap<String, Set<String>>();
            var publishedAt = new HashMap<String, Object>();
            for (var row : rows) {
                byTopic.computeIfAbsent((String) row.get("topic"), t -> new HashSet<>()).add((String) row.get("id"));
                publishedAt.put((String) row.get("id"), row.get("published"));
            }
            for (var entry : byTopic.entrySet()) {
                var onTopic = new HashSet<String>();
                for (var message : system.events().readAll(entry.getKey())) {
                    var id = message.value() == null ? null : idOf(message.value());
                    if (id != null) {
                        onTopic.add(id);
                    }
                }
                committed += entry.getValue().size();
                entry.getValue().stream().filter(id -> !onTopic.contains(id))
                        .forEach(id -> missing.add(entry.getKey() + ":" + id + " (marked published " + publishedAt.get(id) + ")"));
            }
        }
        return new TopicComparison(committed, missing);
    }

    private record TopicComparison(int committed, List<String> missing) {
    }

    private static long newestOutboxPosition(SystemUnderTest system, String database) {
        return ((Number) system.stores().query(database, "select coalesce(max(position), 0) as p from outbox_event")
                .getFirst().get("p")).longValue();
    }

    private static String idOf(String envelope) {
        try {
            var id = com.rentcar.drills.support.Http.JSON.readTree(envelope).get("id");
            return id == null ? null : id.asString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
