package com.rentcar.drills.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP through the gateway with the JDK client. A failed exchange (connection refused, reset, timed out) is an
 * answer too ({@link Response#failure()}), so a drill counts it instead of stopping.
 */
public final class Http {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public Http(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    public Response get(String path, String token) {
        return send("GET", path, token, (String) null, Map.of());
    }

    public Response post(String path, String token, String json) {
        return send("POST", path, token, json, json == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    public Response put(String path, String token, String json) {
        return send("PUT", path, token, json, Map.of("Content-Type", "application/json"));
    }

    /** Any method, raw path (already encoded as it should go on the wire), any headers, a body or none. */
    public Response send(String method, String path, String token, String body, Map<String, String> headers) {
        return sendBytes(method, path, token, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    public Response sendBytes(String method, String path, String token, byte[] body, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        long started = System.nanoTime();
        try {
            var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body(),
                    Duration.ofNanos(System.nanoTime() - started), null);
        } catch (IOException e) {
            return new Response(0, Map.of(), "", Duration.ofNanos(System.nanoTime() - started), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(0, Map.of(), "", Duration.ofNanos(System.nanoTime() - started), "interrupted");
        }
    }

    /**
     * One answer. {@code status} 0 means no answer came back ({@code failure} says why).
     */
    public record Response(int status, Map<String, List<String>> headers, String body, Duration elapsed,
            String failure) {

        public String header(String name) {
            for (var entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                    return entry.getValue().getFirst();
                }
            }
            return null;
        }

        public String contentType() {
            var type = header("Content-Type");
            return type == null ? "" : type;
        }

        public boolean isProblem() {
            return contentType().startsWith("application/problem+json") && json().isObject();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JacksonException e) {
                return JSON.missingNode();
            }
        }

        public String text(String field) {
            var value = json().get(field);
            return value == null || value.isNull() ? null : value.asString();
        }

        public long millis() {
            return elapsed.toMillis();
        }

        @Override
        public String toString() {
            if (failure != null) {
                return "no answer (" + failure + ")";
            }
            var shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return status + " " + contentType() + " " + shown.strip();
        }
    }
}
