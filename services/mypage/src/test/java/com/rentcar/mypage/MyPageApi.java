package com.rentcar.mypage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/** Talks to the running mypage service over real HTTP, as the gateway would. */
public final class MyPageApi {

    public static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    public MyPageApi(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The caller's own page, answered with 200. */
    public JsonNode myPage(String token) {
        var response = get("/api/mypage", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    /** Waits (through 503 while the stream starts) until the caller's page satisfies {@code condition}. */
    public JsonNode awaitMyPage(String token, Predicate<JsonNode> condition) {
        var last = new AtomicReference<JsonNode>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = get("/api/mypage", token);
            if (response.statusCode() == 503) {
                return false;
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            last.set(body(response));
            return condition.test(last.get());
        });
        return last.get();
    }

    /** The history entry of {@code reservationId} on {@code page}, or a missing node. */
    public static JsonNode entry(JsonNode page, UUID reservationId) {
        for (var entry : page.path("history")) {
            if (reservationId.toString().equals(entry.path("reservationId").asString())) {
                return entry;
            }
        }
        return page.path("history").path(999_999);
    }

    public static JsonNode body(HttpResponse<String> response) {
        return ContractEvents.JSON.readTree(response.body());
    }

    public static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = body(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
    }
}
