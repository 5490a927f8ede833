package com.rentcar.customer.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running service over real HTTP, as a browser or the gateway would. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public Api(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public Reply post(String path, String body) {
        return post(path, body, null);
    }

    public Reply post(String path, String body, String token) {
        var request = request(path, token).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    public Reply get(String path) {
        return get(path, null);
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    /** Signs up and returns the profile; fails the test if sign-up is refused. */
    public JsonNode signUp(String username, String password) {
        var reply = post("/api/customers", json(Map.of("username", username, "password", password,
                "name", "Kim Minji", "email", username + "@example.com", "phone", "010-1234-5678")));
        if (reply.status() != 201) {
            throw new AssertionError("sign-up of " + username + " failed: " + reply);
        }
        return reply.json();
    }

    /** Logs in and returns the access token; fails the test if login is refused. */
    public String logIn(String username, String password) {
        var reply = post("/api/auth/login", json(Map.of("username", username, "password", password)));
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + reply);
        }
        return reply.json().get("accessToken").asString();
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        public String detail() {
            return json().path("detail").asString("");
        }
    }
}
