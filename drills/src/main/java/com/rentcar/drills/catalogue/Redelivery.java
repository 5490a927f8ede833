package com.rentcar.drills.catalogue;

import static com.rentcar.drills.DrillFailed.check;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.rentcar.drills.Drill;
import com.rentcar.drills.Outcome;
import com.rentcar.drills.SystemUnderTest;
import com.rentcar.drills.support.Await;
import com.rentcar.drills.support.Stores;

/**
 * Idempotent consumers: a whole lifecycle (reservations confirmed and rented, two cancelled and refunded, one
 * returned) is replayed to every consumer. Each consuming service is stopped, its consumer group's offsets moved back
 * to before the lifecycle began ({@code kafka-consumer-groups --reset-offsets --to-datetime}), and started again;
 * it reads every one of those events a second time. Afterwards no store has changed (no status moved, no second
 * rental, refund or notification, no new event published) and My Page shows the same entries, none twice.
 */
public final class Redelivery implements Drill {

    /** Consumer group → the service that runs it. */
    static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("reservation.car-catalogue", "reservation");
        GROUPS.put("reservation.rental-returns", "reservation");
        GROUPS.put("rental", "rental");
        GROUPS.put("management", "management");
        GROUPS.put("mypage", "mypage");
        GROUPS.put("notification", "notification");
    }

    private static final Duration EVENTUALLY = Duration.ofSeconds(120);

    @Override
    public String name() {
        return "redelivery";
    }

    @Override
    public String promise() {
        return "events delivered again to every consumer change nothing";
    }

    @Override
    public Outcome run(SystemUnderTest system) {
        var api = system.api();
        var since = Instant.now().minusSeconds(2);
        var cars = api.registerCars(5, "Hyundai Ioniq 5", 65_000);
        var customers = api.newCustomers("rd", 2);
        api.awaitOnOffer(cars, EVENTUALLY);
        var reservations = api.reserveEach(customers, cars);
        api.awaitRentals(reservations, "RENTED", EVENTUALLY);
        for (int i = 0; i < 2; i++) {
            var cancelled = api.cancel(customers.get(i % 2).token(), reservations.get(i));
            check(cancelled.status() == 200, "cancelling %s was refused: %s", reservations.get(i), cancelled);
        }
        var returned = api.rentalsByReservation().get(reservations.get(2)).getFirst().get("id").asString();
        check(api.returnRental(returned).status() == 200, "returning rental %s was refused", returned);
        Await.until(EVENTUALLY, "the lifecycle on My Page", () -> {
            var one = api.myPageEntries(customers.get(0).token());
            var two = api.myPageEntries(customers.get(1).token());
            return one.size() + two.size() == reservations.size() && statuses(one, reservations.get(0)).startsWith("CANCELLED")
                    && statuses(one, reservations.get(2)).startsWith("COMPLETED")
                    && statuses(two, reservations.get(1)).startsWith("CANCELLED");
        });

        var stores = system.stores();
        var before = stores.settled(Duration.ofSeconds(3), EVENTUALLY);
        var pagesBefore = pages(system, customers);

        var services = new ArrayList<>(new java.util.LinkedHashSet<>(GROUPS.values()));
        long replayed = 0;
        var perGroup = new TreeMap<String, Long>();
        system.stop(services.toArray(String[]::new));
        try {
            for (var group : GROUPS.keySet()) {
                long n = system.events().rewindTo(group, domainTopicsOf(system, group), since);
                perGroup.put(group, n);
                replayed += n;
            }
        } finally {
            system.start(services.toArray(String[]::new));
        }
        check(perGroup.values().stream().allMatch(n -> n > 0), "some group had nothing to replay: %s", perGroup);
        var caughtUp = Await.until(EVENTUALLY, "every group caught up again", () -> GROUPS.keySet().stream()
                .allMatch(group -> system.events().lag(group, domainTopicsOf(system, group)) == 0));

        var after = stores.settled(Duration.ofSeconds(3), EVENTUALLY);
        var changed = Stores.differences(before, after);
        check(changed.isEmpty(), "replaying changed the stores: %s", changed);
        Await.until(EVENTUALLY, "My Page answering", () -> !pages(system, customers).isEmpty());
        var now = pages(system, customers);
        check(now.equals(pagesBefore), "My Page changed by the replay: before %s, after %s", pagesBefore, now);
        return Outcome.pass(("%d events replayed to %d consumer groups (%s): caught up in %s, 0 store changes across %d tables, "
                + "My Page identical (%d entries, none twice)")
                .formatted(replayed, GROUPS.size(), perGroup, Await.seconds(caughtUp), after.size(), reservations.size()));
    }

    /** The domain topics a group reads (a Kafka Streams application's internal topics are left alone). */
    private static List<String> domainTopicsOf(SystemUnderTest system, String group) {
        return system.events().topicsOf(group).stream().filter(t -> t.endsWith("-events")).toList();
    }

    private static String statuses(Map<String, List<tools.jackson.databind.JsonNode>> entries, String reservation) {
        var list = entries.get(reservation);
        if (list == null || list.isEmpty()) {
            return "";
        }
        var e = list.getFirst();
        return e.get("reservationStatus").asString() + "/" + e.get("paymentStatus").asString();
    }

    /** Each customer's My Page history, without timestamps that a read may format differently. */
    private static List<String> pages(SystemUnderTest system, List<com.rentcar.drills.support.RentCarApi.Customer> customers) {
        var api = system.api();
        var pages = new ArrayList<String>();
        for (var customer : customers) {
            pages.add(api.myPageHistory(customer.token()).toString());
        }
        return pages;
    }
}
