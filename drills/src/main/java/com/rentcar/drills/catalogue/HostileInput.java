package com.rentcar.drills.catalogue;

import static com.rentcar.drills.DrillFailed.check;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.rentcar.drills.Drill;
import com.rentcar.drills.Outcome;
import com.rentcar.drills.SystemUnderTest;
import com.rentcar.drills.support.Http.Response;
import com.rentcar.drills.support.Stores;

/**
 * Hostile input: well over a hundred malformed, oversize, wrongly typed, injection-shaped (SQL, JSON, header, path
 * traversal, unicode) and unauthorised requests across every public endpoint. Every one is answered with a 4xx
 * problem+json, none with a 5xx, and no store changes (every table fingerprinted before and after).
 */
public final class HostileInput implements Drill {

    @Override
    public String name() {
        return "hostile-input";
    }

    @Override
    public String promise() {
        return "hostile requests are refused with a 4xx problem, never a 5xx, and store nothing";
    }

    /** One request: what it is, how to send it, and the status it must get (0: any 4xx). */
    record Case(String what, String method, String path, String token, Map<String, String> headers, byte[] body, int expect) {
    }

    @Override
    public Outcome run(SystemUnderTest system) {
        var api = system.api();
        var customer = api.newCustomer("hi").token();
        var admin = api.admin();
        var car = api.registerCar("Kia Niro", 50_000);
        var cases = cases(customer, admin, car);
        var stores = system.stores();
        var before = stores.settled(Duration.ofSeconds(3), Duration.ofSeconds(90));

        var byStatus = new TreeMap<Integer, Integer>();
        var wrong = new ArrayList<String>();
        for (var c : cases) {
            Response answer = api.http().sendBytes(c.method(), c.path(), c.token(), c.body(), c.headers());
            byStatus.merge(answer.status(), 1, Integer::sum);
            boolean ok = answer.status() >= 400 && answer.status() < 500 && answer.isProblem()
                    && (c.expect() == 0 || answer.status() == c.expect());
            if (!ok) {
                wrong.add(c.what() + " (" + c.method() + " " + shorten(c.path()) + ") → " + answer);
            }
        }
        var after = stores.settled(Duration.ofSeconds(3), Duration.ofSeconds(90));
        var changed = Stores.differences(before, after);
        check(wrong.isEmpty(), "%d of %d hostile requests were not answered as they should be: %s", wrong.size(), cases.size(),
                String.join(" | ", wrong));
        check(changed.isEmpty(), "hostile requests changed the stores: %s", changed);
        return Outcome.pass("%d hostile requests across every public endpoint: all 4xx problem+json (%s), 0 5xx; %d tables unchanged"
                .formatted(cases.size(), byStatus, after.size()));
    }

    static List<Case> cases(String customer, String admin, String car) {
        var cases = new ArrayList<Case>();
        var tomorrow = LocalDate.now().plusDays(2);
        var unknown = UUID.randomUUID().toString();

        // sign-up: every field wrongly typed, out of range or injection-shaped
        var signUp = "{\"username\":%s,\"password\":%s,\"name\":%s,\"email\":%s,\"phone\":%s}";
        String[][] signUps = {
            {"username a number", "5", q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"username SQL", q("admin'--"), q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"username SQL or", q("x' OR '1'='1"), q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"username traversal", q("../../etc/passwd"), q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"username NUL", q("\\u0000root"), q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"username fullwidth", q("ａｄｍｉｎ"), q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"username RTL override", q("\\u202Enimda"), q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"username emoji", q("😀😀😀"), q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"username too long", q("a".repeat(33)), q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"username too short", q("ab"), q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"username array", "[\"abc\"]", q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"username object", "{\"$ne\":null}", q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
            {"password too short", q("hostile1"), q("short"), q("N"), q("a@example.com"), q("010")},
            {"password too long", q("hostile2"), q("p".repeat(200)), q("N"), q("a@example.com"), q("010")},
            {"password a number", q("hostile3"), "12345678", q("N"), q("a@example.com"), q("010")},
            {"email not an address", q("hostile4"), q("s3cret-pass"), q("N"), q("not-an-email"), q("010")},
            {"email header injection", q("hostile5"), q("s3cret-pass"), q("N"), q("a@example.com\\r\\nBcc: all@example.com"), q("010")},
            {"phone script", q("hostile6"), q("s3cret-pass"), q("N"), q("a@example.com"), q("<script>alert(1)</script>")},
            {"phone SQL", q("hostile7"), q("s3cret-pass"), q("N"), q("a@example.com"), q("1; DROP TABLE customer")},
            {"name too long", q("hostile8"), q("s3cret-pass"), q("N".repeat(5000)), q("a@example.com"), q("010")},
            {"name a boolean", q("hostile9"), q("s3cret-pass"), "true", q("a@example.com"), q("010")},
            {"username null", "null", q("s3cret-pass"), q("N"), q("a@example.com"), q("010")},
        };
        for (var s : signUps) {
            cases.add(json(s[0], "POST", "/api/customers", null, signUp.formatted(s[1], s[2], s[3], s[4], s[5]), 400));
        }
        for (var body : malformedBodies()) {
            cases.add(raw("sign-up " + body.what(), "POST", "/api/customers", null, body.contentType(), body.bytes(), body.expect()));
        }

        // login
        cases.add(json("login SQL", "POST", "/api/auth/login", null, "{\"username\":\"admin' --\",\"password\":\"x\"}", 401));
        cases.add(json("login SQL or", "POST", "/api/auth/login", null, "{\"username\":\"admin\",\"password\":\"' OR '1'='1\"}", 401));
        cases.add(json("login JSON injection", "POST", "/api/auth/login", null,
                "{\"username\":\"admin\\\",\\\"password\\\":\\\"x\",\"password\":\"x\"}", 401));
        cases.add(json("login wrong password", "POST", "/api/auth/login", null, "{\"username\":\"admin\",\"password\":\"wrong-one\"}", 401));
        cases.add(json("login password a number", "POST", "/api/auth/login", null, "{\"username\":\"admin\",\"password\":12345678}", 400));
        cases.add(json("login missing password", "POST", "/api/auth/login", null, "{\"username\":\"admin\"}", 400));
        cases.add(json("login username object", "POST", "/api/auth/login", null, "{\"username\":{\"$gt\":\"\"},\"password\":\"x\"}", 400));
        for (var body : malformedBodies()) {
            cases.add(raw("login " + body.what(), "POST", "/api/auth/login", null, body.contentType(), body.bytes(), body.expect()));
        }

        // registering cars (admin)
        var carBody = "{\"plateNumber\":%s,\"model\":%s,\"dailyRate\":%s}";
        String[][] cars = {
            {"plate empty", q(""), q("M"), "1000"},
            {"plate too long", q("1'; DROP TABLE car; --"), q("M"), "1000"},
            {"plate NUL", q("12\\u0000가3456"), q("M"), "1000"},
            {"plate a number", "1234", q("M"), "1000"},
            {"model too long", q("77하7777"), q("M".repeat(101)), "1000"},
            {"model a number", q("77하7778"), "5", "1000"},
            {"model missing", q("77하7779"), "null", "1000"},
            {"dailyRate text", q("77하7780"), q("M"), q("abc")},
            {"dailyRate number as text", q("77하7781"), q("M"), q("55000")},
            {"dailyRate fraction", q("77하7782"), q("M"), "1000.5"},
            {"dailyRate zero", q("77하7783"), q("M"), "0"},
            {"dailyRate negative", q("77하7784"), q("M"), "-1"},
            {"dailyRate over the maximum", q("77하7785"), q("M"), "10000001"},
            {"dailyRate 1e400", q("77하7786"), q("M"), "1e400"},
            {"dailyRate beyond long", q("77하7787"), q("M"), "99999999999999999999999"},
            {"dailyRate boolean", q("77하7788"), q("M"), "true"},
            {"dailyRate NaN", q("77하7789"), q("M"), "NaN"},
        };
        for (var c : cars) {
            cases.add(json("car " + c[0], "POST", "/api/cars", admin, carBody.formatted(c[1], c[2], c[3]), 400));
        }
        for (var body : malformedBodies()) {
            cases.add(raw("car " + body.what(), "POST", "/api/cars", admin, body.contentType(), body.bytes(), body.expect()));
        }
        cases.add(json("car without a token", "POST", "/api/cars", null, carBody.formatted(q("77하7790"), q("M"), "1000"), 401));
        cases.add(json("car as a customer", "POST", "/api/cars", customer, carBody.formatted(q("77하7791"), q("M"), "1000"), 403));

        // the ledger's query and path
        for (var query : List.of("page=-1&size=20", "page=0&size=0", "page=0&size=100000", "page=abc&size=20", "page=0&size=abc",
                "status=UNKNOWN", "status=%27%20OR%201%3D1--", "page=0&size=20&status=rented%3B%20DROP%20TABLE%20car")) {
            cases.add(get("ledger ?" + query, "/api/cars?" + query, admin, 400));
        }
        cases.add(get("car id not a uuid", "/api/cars/not-a-uuid", admin, 400));
        cases.add(get("car id SQL", "/api/cars/%27%20OR%20%271%27%3D%271", admin, 400));
        cases.add(get("car unknown", "/api/cars/" + unknown, admin, 404));
        cases.add(get("ledger as a customer", "/api/cars", customer, 403));

        // reservations
        var reserve = "{\"carId\":%s,\"pickupDate\":%s,\"returnDate\":%s}";
        String[][] reservations = {
            {"carId not a uuid", q("not-a-uuid"), q(tomorrow.toString()), q(tomorrow.plusDays(1).toString())},
            {"carId SQL", q("' OR 1=1 --"), q(tomorrow.toString()), q(tomorrow.plusDays(1).toString())},
            {"carId a number", "42", q(tomorrow.toString()), q(tomorrow.plusDays(1).toString())},
            {"carId unknown", q(unknown), q(tomorrow.toString()), q(tomorrow.plusDays(1).toString())},
            {"pickup in the past", q(car), q("2020-01-01"), q("2020-01-02")},
            {"return before pickup", q(car), q(tomorrow.plusDays(3).toString()), q(tomorrow.toString())},
            {"impossible date", q(car), q("2026-13-45"), q("2026-14-01")},
            {"year 99999", q(car), q("+99999-01-01"), q("+99999-01-02")},
            {"dates as numbers", q(car), "20260101", "20260102"},
            {"a thousand years", q(car), q(tomorrow.toString()), q(tomorrow.plusYears(1000).toString())},
            {"dates missing", q(car), "null", "null"},
        };
        for (var r : reservations) {
            cases.add(json("reservation " + r[0], "POST", "/api/reservations", customer, reserve.formatted(r[1], r[2], r[3]), 0));
        }
        for (var body : malformedBodies()) {
            cases.add(raw("reservation " + body.what(), "POST", "/api/reservations", customer, body.contentType(), body.bytes(),
                    body.expect()));
        }
        var valid = reserve.formatted(q(car), q(tomorrow.toString()), q(tomorrow.plusDays(1).toString()));
        cases.add(json("reservation without a token", "POST", "/api/reservations", null, valid, 401));
        cases.add(json("reservation as the admin", "POST", "/api/reservations", admin, valid, 403));
        cases.add(json("cancel id not a uuid", "POST", "/api/reservations/not-a-uuid/cancel", customer, null, 400));
        cases.add(json("cancel unknown", "POST", "/api/reservations/" + unknown + "/cancel", customer, null, 404));
        cases.add(json("cancel traversal", "POST", "/api/reservations/..%2F..%2Fcars/cancel", customer, null, 400));
        cases.add(json("cancel without a token", "POST", "/api/reservations/" + unknown + "/cancel", null, null, 401));
        cases.add(get("reservation id not a uuid", "/api/reservations/not-a-uuid", customer, 400));
        cases.add(get("reservation unknown", "/api/reservations/" + unknown, customer, 404));

        // rentals, payments, the provider switch, My Page, notifications
        cases.add(get("rentals as a customer", "/api/rentals", customer, 403));
        cases.add(json("return id not a uuid", "POST", "/api/rentals/not-a-uuid/return", admin, null, 400));
        cases.add(json("return unknown", "POST", "/api/rentals/" + unknown + "/return", admin, null, 404));
        cases.add(json("return as a customer", "POST", "/api/rentals/" + unknown + "/return", customer, null, 403));
        cases.add(json("charge as the admin", "POST", "/api/payments", admin,
                "{\"idempotencyKey\":\"k\",\"reservationId\":\"%s\",\"customerId\":\"%s\",\"carId\":\"%s\",\"amount\":1}"
                        .formatted(unknown, unknown, car), 403));
        cases.add(json("charge as a customer", "POST", "/api/payments", customer, "{}", 403));
        cases.add(get("payments limit 0", "/api/payments?limit=0", admin, 400));
        cases.add(get("payments limit huge", "/api/payments?limit=100000", admin, 400));
        cases.add(get("payments by reservation not a uuid", "/api/payments?reservationId=%27--", admin, 400));
        cases.add(get("payment id not a uuid", "/api/payments/not-a-uuid", admin, 400));
        cases.add(get("payments as a customer", "/api/payments", customer, 403));
        cases.add(json("refund as the admin", "POST", "/api/payments/" + unknown + "/cancel", admin, null, 403));
        cases.add(json("provider unknown mode", "PUT", "/api/payments/provider", admin, "{\"mode\":\"EXPLODE\"}", 400));
        cases.add(json("provider negative delay", "PUT", "/api/payments/provider", admin, "{\"mode\":\"SLOW\",\"delayMs\":-1}", 400));
        cases.add(json("provider delay as text", "PUT", "/api/payments/provider", admin, "{\"mode\":\"SLOW\",\"delayMs\":\"5s\"}", 400));
        cases.add(json("provider as a customer", "PUT", "/api/payments/provider", customer, "{\"mode\":\"FAILING\"}", 403));
        cases.add(get("My Page without a token", "/api/mypage", null, 401));
        cases.add(get("My Page of an id not a uuid", "/api/mypage/not-a-uuid", admin, 400));
        cases.add(get("notifications as the admin", "/api/notifications", admin, 403));
        cases.add(get("profile without a token", "/api/customers/me", null, 401));
        cases.add(get("profile id not a uuid", "/api/customers/not-a-uuid", admin, 400));

        // the request line and headers themselves
        cases.add(get("a 10,000-character path", "/api/cars/" + "a".repeat(10_000), admin, 414));
        cases.add(get("a 5,000-character query", "/api/cars?model=" + "x".repeat(5_000), admin, 414));
        cases.add(get("encoded traversal", "/api/cars/..%2f..%2factuator%2fenv", admin, 400));
        cases.add(get("encoded NUL in the path", "/api/cars/%00", admin, 400));
        cases.add(get("semicolon smuggling", "/api/cars;jsessionid=1/x", admin, 400));
        cases.add(get("an unknown API path", "/api/nothing-here", admin, 404));
        cases.add(new Case("DELETE the ledger", "DELETE", "/api/cars", admin, Map.of(), null, 405));
        cases.add(new Case("PATCH a profile", "PATCH", "/api/customers/me", customer, Map.of("Content-Type", "application/json"),
                "{\"roles\":[\"ADMIN\"]}".getBytes(StandardCharsets.UTF_8), 405));
        cases.add(new Case("empty bearer", "GET", "/api/cars", null, Map.of("Authorization", "Bearer "), null, 401));
        cases.add(new Case("basic credentials", "GET", "/api/cars", null, Map.of("Authorization", "Basic YWRtaW46YWRtaW4="), null, 401));
        cases.add(new Case("bearer garbage", "GET", "/api/cars", "not.a.token", Map.of(), null, 401));
        cases.add(new Case("bearer SQL", "GET", "/api/cars", "' OR 1=1 --", Map.of(), null, 401));
        cases.add(get("token in the query", "/api/customers/me?access_token=" + admin, null, 401));
        return cases;
    }

    record Body(String what, String contentType, byte[] bytes, int expect) {
    }

    /** Bodies that are not what any endpoint reads. */
    static List<Body> malformedBodies() {
        var nested = "[".repeat(5_000) + "]".repeat(5_000);
        return List.of(
                new Body("no body", "application/json", new byte[0], 400),
                new Body("not JSON", "application/json", utf8("this is not json"), 400),
                new Body("an array", "application/json", utf8("[]"), 400),
                new Body("trailing garbage", "application/json", utf8("{}garbage"), 400),
                new Body("nested 5,000 deep", "application/json", utf8(nested), 400),
                new Body("invalid UTF-8", "application/json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, 400),
                new Body("over 64 KB", "application/json", utf8("{\"x\":\"" + "x".repeat(70_000) + "\"}"), 413),
                new Body("as text/plain", "text/plain", utf8("{}"), 415),
                new Body("as XML", "application/xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), 415));
    }

    private static Case json(String what, String method, String path, String token, String body, int expect) {
        return new Case(what, method, path, token, body == null ? Map.of() : Map.of("Content-Type", "application/json"),
                body == null ? null : utf8(body), expect);
    }

    private static Case raw(String what, String method, String path, String token, String contentType, byte[] body, int expect) {
        return new Case(what, method, path, token, Map.of("Content-Type", contentType), body, expect);
    }

    private static Case get(String what, String path, String token, int expect) {
        return new Case(what, "GET", path, token, Map.of(), null, expect);
    }

    private static String q(String text) {
        return "\"" + text + "\"";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String shorten(String path) {
        return path.length() > 60 ? path.substring(0, 60) + "…" : path;
    }
}
