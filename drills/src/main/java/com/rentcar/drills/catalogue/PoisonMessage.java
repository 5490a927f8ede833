package com.rentcar.drills.catalogue;

import static com.rentcar.drills.DrillFailed.check;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.rentcar.drills.Drill;
import com.rentcar.drills.Outcome;
import com.rentcar.drills.SystemUnderTest;
import com.rentcar.drills.support.Await;

/**
 * Dead letters: on every partition of every domain topic, a message that is not JSON and an event of an unknown
 * major version (2.0) are written by hand. Every consumer group reading the topic sends each to {@code <topic>.DLT}
 * with the reason in {@code kafka_dlt-exception-message}, and goes on: the lifecycle that follows (sign-ups, cars,
 * reservations, rentals) is handled by every service, and every group reaches the end of every partition.
 */
public final class PoisonMessage implements Drill {

    /** Topic → a type written on it and its writer (for a well-formed envelope of an unknown version). */
    static final Map<String, String[]> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put("customer-events", new String[] {"CustomerRegistered", "customer"});
        TOPICS.put("car-events", new String[] {"CarRegistered", "management"});
        TOPICS.put("reservation-events", new String[] {"ReservationConfirmed", "reservation"});
        TOPICS.put("payment-events", new String[] {"PaymentApproved", "payment"});
        TOPICS.put("rental-events", new String[] {"Rented", "rental"});
    }

    private static final int FOLLOWING = 6;
    private static final Duration EVENTUALLY = Duration.ofSeconds(120);

    @Override
    public String name() {
        return "poison-message";
    }

    @Override
    public String promise() {
        return "a malformed or unknown-version event lands on its .DLT with the reason, and the events after it are handled";
    }

    @Override
    public Outcome run(SystemUnderTest system) {
        var events = system.events();
        var api = system.api();
        var started = Instant.now().minusSeconds(1);
        var marker = UUID.randomUUID().toString();

        var readers = new TreeMap<String, Set<String>>();
        var poisons = new TreeMap<String, List<String>>();
        for (var topic : TOPICS.keySet()) {
            var groups = events.groupsReading(topic);
            check(!groups.isEmpty(), "nobody reads %s", topic);
            readers.put(topic, groups);
            var written = new ArrayList<String>();
            for (int partition = 0; partition < events.partitions(topic); partition++) {
                var key = UUID.randomUUID().toString();
                var malformed = "{\"drill\":\"poison-" + marker + "\", this is not JSON";
                var unknownVersion = """
                        {"specversion":"1.0","id":"%s","type":"%s","source":"%s","time":"%s","subject":"%s",\
                        "schemaversion":"2.0","datacontenttype":"application/json","data":{"drill":"poison-%s"}}"""
                        .formatted(UUID.randomUUID(), TOPICS.get(topic)[0], TOPICS.get(topic)[1], Instant.now(), key, marker);
                events.write(topic, partition, key, malformed);
                events.write(topic, partition, key, unknownVersion);
                written.add(malformed);
                written.add(unknownVersion);
            }
            poisons.put(topic, written);
        }

        // the lifecycle after the poison: it touches every topic, on every partition with high probability
        var customers = api.newCustomers("pm", FOLLOWING);
        var cars = api.registerCars(FOLLOWING, "Kia Sorento", 80_000);
        api.awaitOnOffer(cars, EVENTUALLY);
        var reservations = new ArrayList<String>();
        for (int i = 0; i < FOLLOWING; i++) {
            reservations.addAll(api.reserveEach(List.of(customers.get(i)), List.of(cars.get(i))));
        }
        api.awaitRentals(reservations, "RENTED", EVENTUALLY);
        Await.until(EVENTUALLY, "the following events handled by management, My Page and notification", () -> {
            var ledger = api.ledger();
            if (!cars.stream().allMatch(car -> "RENTED".equals(ledger.get(car)))) {
                return false;
            }
            for (int i = 0; i < FOLLOWING; i++) {
                var page = api.myPage(customers.get(i).token());
                var entries = api.myPageEntries(customers.get(i).token()).get(reservations.get(i));
                if (page.get("customer") == null || page.get("customer").isNull() || entries == null
                        || !"RENTED".equals(entries.getFirst().get("rentalStatus").asString())
                        || api.notifications(customers.get(i).token()).size() < 2) {
                    return false;
                }
            }
            return true;
        });
        var drained = Await.until(EVENTUALLY, "every group at the end of every partition it reads", () -> readers.entrySet().stream()
                .allMatch(e -> e.getValue().stream().allMatch(group -> events.lag(group, List.of(e.getKey())) == 0)));

        int dlt = 0;
        var reasons = new TreeMap<String, String>();
        for (var topic : TOPICS.keySet()) {
            var dead = events.read(topic + ".DLT", started);
            for (var poison : poisons.get(topic)) {
                var copies = dead.stream().filter(m -> poison.equals(m.value())).toList();
                check(copies.size() >= readers.get(topic).size(), "%s: %d of %d readers (%s) dead-lettered %s", topic,
                        copies.size(), readers.get(topic).size(), readers.get(topic), poison);
                for (var copy : copies) {
                    var reason = copy.header("kafka_dlt-exception-message");
                    check(reason != null && !reason.isBlank(), "%s.DLT has a copy without a reason: %s", topic, copy.headers());
                    reasons.putIfAbsent(poison.startsWith("{\"drill\"") ? "malformed" : "version 2.0", reason);
                }
                dlt += copies.size();
            }
        }
        return Outcome.pass(("%d poison messages (malformed + version 2.0 on each partition of %d topics): %d dead letters, one per "
                + "reading group, each with its reason (e.g. version 2.0: \"%s\"); the %d reservations after them handled by every "
                + "service, every group drained in %s")
                .formatted(poisons.values().stream().mapToInt(List::size).sum(), TOPICS.size(), dlt,
                        shorten(reasons.get("version 2.0")), FOLLOWING, Await.seconds(drained)));
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
