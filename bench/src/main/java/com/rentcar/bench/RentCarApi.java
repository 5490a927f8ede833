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

    HttpRequest myPage(String token) {
        return get("/api/mypage", token);
    }

    HttpRequest availableCars(String token) {
        return get("/api/available-cars", token);
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

    Set<UUID> availableCarIds(String token) {
        var ids = new HashSet<UUID>();
        for (JsonNode car : send(availableCars(token), 200, "list the cars on offer")) {
            ids.add(UUID.fromString(car.path("id").asString()));
        }
        return ids;
    }

    /** The ledger's status of a car (AVAILABLE, RENTED, ...). */
    String carStatus(String adminToken, UUID carId) {
        return send(car(adminToken, carId), 200, "read car " + carId).path("status").asString();
    }

    /** Whether the caller's My Page shows this reservation's rental as RENTED. */
    boolean myPageShowsRented(String token, UUID reservationId) {
        String id = reservationId.toString();
        for (JsonNode entry : send(myPage(token), 200, "read My Page").path("history")) {
            if (id.equals(entry.path("reservationId").asString())) {
                return "RENTED".equals(entry.path("rentalStatus").asString());
            }
        }
        return false;
    }

    /** How many reservations a customer's My Page lists. */
    int myPageEntries(String token) {
        return send(myPage(token), 200, "read My Page").path("history").size();
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
