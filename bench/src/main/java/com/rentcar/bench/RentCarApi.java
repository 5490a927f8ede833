package com.rentcar.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few calls of RentCar's public API (through the gateway) that the benchmark makes. */
final class RentCarApi {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** The page the web UI asks for (the API's default); the largest page the API gives. */
    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final HttpClient http;
    private final URI gateway;
    private final JsonMapper json = JsonMapper.builder().build();

    RentCarApi(HttpClient http, URI gateway) {
        this.http = http;
        this.gateway = gateway;
    }

    HttpClient http() {
        return http;
    }

    // ---- the requests the load phases send ----

    HttpRequest noop(String token) {
        return get("/api/noop", token);
    }

    HttpRequest reserve(String token, UUID carId, LocalDate pickup, LocalDate returnDate) {
        return post("/api/reservations", token, "{\"carId\":\"" + carId + "\",\"pickupDate\":\"" + pickup
                + "\",\"returnDate\":\"" + returnDate + "\"}");
    }

    /** The first page of My Page, as the web UI asks for it. */
    HttpRequest myPage(String token) {
        return get("/api/mypage?page=0&size=" + PAGE_SIZE, token);
    }

    /** The first page of the cars on offer, as the web UI asks for it. */
    HttpRequest availableCars(String token) {
        return availableCars(token, 0, PAGE_SIZE);
    }

    HttpRequest availableCars(String token, int page, int size) {
        return get("/api/available-cars?page=" + page + "&size=" + size, token);
    }

    HttpRequest car(String adminToken, UUID carId) {
        return get("/api/cars/" + carId, adminToken);
    }

    // ---- set-up and observation ----

    String login(String username, String password) {
        var answer = send(post("/api/auth/login", null, "{\"username\":" + quoted(username) + ",\"password\":"
                + quoted(password) + "}"), 200, "log in as " + username);
        return answer.path("accessToken").asString();
    }

    UUID registerCustomer(String username, String password, String name, String email, String phone) {
        var answer = send(post("/api/customers", null, "{\"username\":" + quoted(username) + ",\"password\":"
                + quoted(password) + ",\"name\":" + quoted(name) + ",\"email\":" + quoted(email) + ",\"phone\":"
                + quoted(phone) + "}"), 201, "sign up " + username);
        return UUID.fromString(answer.path("id").asString());
    }

    UUID registerCar(String adminToken, String plate, String model, long dailyRate) {
        var answer = send(post("/api/cars", adminToken, "{\"plateNumber\":" + quoted(plate) + ",\"model\":"
                + quoted(model) + ",\"dailyRate\":" + dailyRate + "}"), 201, "register car " + plate);
        return UUID.fromString(answer.path("id").asString());
    }

    /** Every car on offer, read page by page (the largest pages there are). */
    Set<UUID> availableCarIds(String token) {
        var ids = new HashSet<UUID>();
        for (int page = 0; ; page++) {
            var answer = send(availableCars(token, page, MAX_PAGE_SIZE), 200, "list the cars on offer");
            for (JsonNode car : answer.path("content")) {
                ids.add(UUID.fromString(car.path("id").asString()));
            }
            if (answer.path("last").asBoolean()) {
                return ids;
            }
        }
    }

    /** How many cars are on offer. */
    long carsOnOffer(String token) {
        return send(availableCars(token, 0, 1), 200, "count the cars on offer").path("totalElements").asLong();
    }

    /** The ledger's status of a car (AVAILABLE, RENTED, ...). */
    String carStatus(String adminToken, UUID carId) {
        return send(car(adminToken, carId), 200, "read car " + carId).path("status").asString();
    }

    /** Whether the caller's My Page shows this reservation's rental as RENTED. */
    boolean myPageShowsRented(String token, UUID reservationId) {
        var page = send(get("/api/mypage?size=1&reservationId=" + reservationId, token), 200, "read My Page");
        return "RENTED".equals(page.path("history").path(0).path("rentalStatus").asString());
    }

    /** How many reservations a customer's My Page holds (in all its pages). */
    long myPageEntries(String token) {
        return send(myPage(token), 200, "read My Page").path("totalElements").asLong();
    }

    JsonNode read(String body) {
        return json.readTree(body);
    }

    private JsonNode send(HttpRequest request, int expected, String what) {
        HttpResponse<String> response;
        try {
            response = http.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BenchFailed("could not " + what + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailed("interrupted while trying to " + what);
        }
        if (response.statusCode() != expected) {
            String body = response.body() == null ? "" : response.body();
            throw new BenchFailed("could not " + what + ": " + request.method() + " " + request.uri().getPath()
                    + " answered " + response.statusCode() + " " + body.substring(0, Math.min(body.length(), 300)));
        }
        return json.readTree(response.body());
    }

    private HttpRequest get(String path, String token) {
        var builder = HttpRequest.newBuilder(gateway.resolve(path)).timeout(REQUEST_TIMEOUT).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private HttpRequest post(String path, String token, String body) {
        var builder = HttpRequest.newBuilder(gateway.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private String quoted(String text) {
        return json.writeValueAsString(text);
    }
}
