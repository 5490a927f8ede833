package com.rentcar.management;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.rentcar.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Talks to the running service over real HTTP, as the gateway would. */
public final class LedgerApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    public LedgerApi(int port) {
        this.port = port;
    }

    public HttpResponse<String> post(String path, String token, String body) {
        var request = request(path, token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body)).build();
        return send(request);
    }

    public HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    /** Registers a car as an admin and returns the 201 body. */
    public JsonNode register(String plate, String model, long dailyRate) {
        var response = post("/api/cars", TestTokens.admin(), json(Map.of("plateNumber", plate, "model", model,
                "dailyRate", dailyRate)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response);
    }

    public static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A plate no other test uses, e.g. {@code "37가 1234567"}. */
    public static String uniquePlate() {
        var random = ThreadLocalRandom.current();
        return random.nextInt(10, 100) + "가 " + random.nextInt(1_000_000, 10_000_000);
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
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20));
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
