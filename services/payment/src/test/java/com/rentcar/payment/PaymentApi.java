package com.rentcar.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.rentcar.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running payment service over real HTTP, as the reservation service and admins would. */
public final class PaymentApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    public PaymentApi(int port) {
        this.port = port;
    }

    public HttpResponse<String> post(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> put(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public HttpResponse<String> delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    /** Charges as the reservation service would. */
    public HttpResponse<String> charge(Map<String, Object> request) {
        return post("/api/payments", TestTokens.service(), json(request));
    }

    public HttpResponse<String> cancel(String paymentId) {
        return post("/api/payments/" + paymentId + "/cancel", TestTokens.service(), "");
    }

    /** Charges and expects a new payment; returns the 201 body. */
    public JsonNode approved(Map<String, Object> request) {
        var response = charge(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(body(response).path("status").asString()).isEqualTo("APPROVED");
        return body(response);
    }

    /** Switches the simulated provider as an admin. */
    public JsonNode provider(String mode, Long delayMs) {
        var settings = new LinkedHashMap<String, Object>();
        settings.put("mode", mode);
        if (delayMs != null) {
            settings.put("delayMs", delayMs);
        }
        var response = put("/api/payments/provider", TestTokens.admin(), json(settings));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    /** A valid charge request with a key no other test uses. */
    public static Map<String, Object> newCharge(long amount) {
        var request = new LinkedHashMap<String, Object>();
        request.put("idempotencyKey", "reservation-" + UUID.randomUUID());
        request.put("reservationId", UUID.randomUUID().toString());
        request.put("customerId", UUID.randomUUID().toString());
        request.put("carId", UUID.randomUUID().toString());
        request.put("amount", amount);
        return request;
    }

    public static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
