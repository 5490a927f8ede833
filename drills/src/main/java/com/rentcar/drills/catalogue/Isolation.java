package com.rentcar.drills.catalogue;

import static com.rentcar.drills.DrillFailed.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.rentcar.drills.Drill;
import com.rentcar.drills.Outcome;
import com.rentcar.drills.SystemUnderTest;
import com.rentcar.drills.support.Http.Response;
import com.rentcar.drills.support.Tokens;

/**
 * Nobody reaches what is not theirs: one customer's token on every other customer's resources (reservations, cancel,
 * My Page, profile, notifications) and on every admin endpoint; then forged tokens (claims edited, signed by a
 * stranger's key, {@code alg: none}, garbage) and tokens signed with the system's own key but expired or from another
 * issuer, on every endpoint. A leak is any 2xx, or any answer that carries the victim's ids or data.
 */
public final class Isolation implements Drill {

    @Override
    public String name() {
        return "isolation";
    }

    @Override
    public String promise() {
        return "a customer's token reaches nobody else's data and no admin endpoint; forged tokens reach nothing";
    }

    @Override
    public Outcome run(SystemUnderTest system) {
        var api = system.api();
        var victim = api.newCustomer("victim");
        var intruder = api.newCustomer("intruder");
        var car = api.registerCar("Hyundai Sonata", 60_000);
        api.awaitOnOffer(List.of(car), Duration.ofSeconds(90));
        var reservation = api.reserveEach(List.of(victim), List.of(car)).getFirst();
        api.awaitRentals(List.of(reservation), "RENTED", Duration.ofSeconds(90));
        var rental = api.rentalsByReservation().get(reservation).getFirst().get("id").asString();
        var payment = api.reservation(victim.token(), reservation).text("paymentId");
        var secrets = List.of(victim.id(), victim.username(), reservation, payment, rental);

        var leaks = new ArrayList<String>();
        var byStatus = new TreeMap<Integer, Integer>();
        int requests = 0;

        // the intruder's own, valid customer token on the victim's resources and on every admin endpoint
        var intruding = List.of(
                req("GET", "/api/reservations/" + reservation), req("POST", "/api/reservations/" + reservation + "/cancel"),
                req("GET", "/api/reservations"), req("GET", "/api/mypage/" + victim.id()), req("GET", "/api/mypage"),
                req("GET", "/api/customers/" + victim.id()), req("GET", "/api/notifications"),
                req("GET", "/api/cars"), req("GET", "/api/cars/" + car), req("POST", "/api/cars"),
                req("GET", "/api/rentals"), req("GET", "/api/rentals/" + rental), req("POST", "/api/rentals/" + rental + "/return"),
                req("GET", "/api/payments"), req("GET", "/api/payments/" + payment), req("GET", "/api/payments/by-key/" + reservation),
                req("POST", "/api/payments/" + payment + "/cancel"), req("POST", "/api/payments"),
                req("GET", "/api/payments/provider"), req("PUT", "/api/payments/provider"));
        for (var r : intruding) {
            var answer = send(api.http(), r, intruder.token());
            requests++;
            byStatus.merge(answer.status(), 1, Integer::sum);
            boolean ownList = r.path().equals("/api/reservations") || r.path().equals("/api/mypage")
                    || r.path().equals("/api/notifications");
            if (ownList) {
                // the intruder's own lists: 200, but nothing of the victim's
                if (answer.status() != 200 || leaks(answer, r, secrets)) {
                    leaks.add(r + " as the intruder → " + answer);
                }
            } else if (answer.status() < 400 || answer.status() >= 500 || !answer.isProblem() || leaks(answer, r, secrets)) {
                leaks.add(r + " as the intruder → " + answer);
            }
        }

        // forged and stale tokens on every endpoint
        var real = victim.token();
        var keyId = Tokens.keyId(real);
        var forged = new ArrayList<Map.Entry<String, String>>();
        forged.add(Map.entry("claims edited to ADMIN", Tokens.tampered(real, victim.id())));
        forged.add(Map.entry("signed by a stranger", Tokens.signedByStranger(victim.id())));
        forged.add(Map.entry("alg none", Tokens.unsigned(victim.id())));
        forged.add(Map.entry("garbage", "eyJhbGciOiJSUzI1NiJ9.e30.AAAA"));
        forged.add(Map.entry("signature cut off", real.substring(0, real.lastIndexOf('.') + 1)));
        Tokens.expired(system.keyDirectory(), victim.id(), keyId).ifPresent(t -> forged.add(Map.entry("expired", t)));
        Tokens.wrongIssuer(system.keyDirectory(), victim.id(), keyId).ifPresent(t -> forged.add(Map.entry("another issuer", t)));
        var everywhere = new ArrayList<Req>(intruding);
        everywhere.add(req("GET", "/api/customers/me"));
        everywhere.add(req("GET", "/api/available-cars"));
        for (var token : forged) {
            for (var r : everywhere) {
                var answer = send(api.http(), r, token.getValue());
                requests++;
                byStatus.merge(answer.status(), 1, Integer::sum);
                if (answer.status() != 401 || !answer.isProblem() || leaks(answer, r, secrets)) {
                    leaks.add(r + " with a token " + token.getKey() + " → " + answer);
                }
            }
        }
        var stillRented = api.reservation(victim.token(), reservation);
        check("CONFIRMED".equals(stillRented.text("status")), "the victim's reservation changed: %s", stillRented);
        check(leaks.isEmpty(), "%d leaks: %s", leaks.size(), String.join(" | ", leaks));
        return Outcome.pass(("%d requests: an intruder's customer token on %d of another customer's or admin resources, and %d kinds of "
                + "forged or stale token (%s) on %d endpoints: %s — 0 leaks")
                .formatted(requests, intruding.size(), forged.size(), String.join(", ", forged.stream().map(Map.Entry::getKey).toList()),
                        everywhere.size(), byStatus));
    }

    record Req(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Req req(String method, String path) {
        return new Req(method, path);
    }

    private static Response send(com.rentcar.drills.support.Http http, Req r, String token) {
        var body = r.method().equals("GET") ? null : r.path().equals("/api/payments/provider") ? "{\"mode\":\"FAILING\"}"
                : r.path().equals("/api/cars") ? "{\"plateNumber\":\"99투%04d\",\"model\":\"Stolen\",\"dailyRate\":1}"
                        .formatted(Math.abs(UUID.randomUUID().hashCode()) % 10000) : "{}";
        return http.send(r.method(), r.path(), token, body, body == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    /** Whether the answer carries a secret of the victim's that the request did not name itself (its path is echoed). */
    private static boolean leaks(Response answer, Req request, List<String> secrets) {
        return secrets.stream().anyMatch(s -> s != null && !request.path().contains(s) && answer.body().contains(s));
    }
}
