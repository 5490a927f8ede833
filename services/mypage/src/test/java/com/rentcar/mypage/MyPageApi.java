package com.rentcar.mypage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import com.rentcar.platform.test.ServiceApi;

import tools.jackson.databind.JsonNode;

/** Talks to the running mypage service over real HTTP, as the gateway would. */
public final class MyPageApi extends ServiceApi {

    public static final Duration PATIENCE = Duration.ofSeconds(60);

    public MyPageApi(int port) {
        super(port);
    }

    /** The caller's own page, answered with 200. */
    public JsonNode myPage(String token) {
        var response = get("/api/mypage", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    /** Waits (through 503 while the stream starts) until the caller's page satisfies {@code condition}. */
    public JsonNode awaitMyPage(String token, Predicate<JsonNode> condition) {
        return awaitMyPage("/api/mypage", token, condition);
    }

    /** Waits (through 503 while the stream starts) until the answer to {@code path} satisfies {@code condition}. */
    public JsonNode awaitMyPage(String path, String token, Predicate<JsonNode> condition) {
        var last = new AtomicReference<JsonNode>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = get(path, token);
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
}
