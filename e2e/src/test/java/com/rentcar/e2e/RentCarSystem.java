package com.rentcar.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system, started the way a user starts it ({@code ./rentcar up --detach}) but with its own
 * data directory and ports shifted by an offset, so it never touches a developer's running system.
 */
public final class RentCarSystem {

    static final int PORT_OFFSET = Integer.getInteger("rentcar.e2e.port-offset", 20000);
    /** true: use a system that is already running on this offset and home, and leave it running (for iterating). */
    static final boolean ATTACH = Boolean.getBoolean("rentcar.e2e.attach");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path root = Path.of("").toAbsolutePath().getParent();
    private final Path home = Path.of(System.getProperty("rentcar.e2e.home", "target/rentcar-home")).toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Path root() {
        return root;
    }

    public Path home() {
        return home;
    }

    public String gateway() {
        return "http://localhost:" + (8080 + PORT_OFFSET);
    }

    String kafkaBootstrap() {
        return "localhost:" + (9092 + PORT_OFFSET);
    }

    /** Runs a runner verb and returns its output; fails the test with that output when it exits non-zero. */
    public String rentcar(String... verb) {
        return rentcar(Duration.ofMinutes(8), verb);
    }

    /** As {@link #rentcar(String...)}, for a verb that may take longer (a rollout starts every instance in turn). */
    public String rentcar(Duration within, String... verb) {
        var command = new ArrayList<>(List.of(root.resolve("rentcar").toString()));
        command.addAll(List.of(verb));
        try {
            var log = Files.createTempFile("rentcar", ".out");
            var builder = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("RENTCAR_HOME", home.toString());
            builder.environment().put("RENTCAR_PORT_OFFSET", String.valueOf(PORT_OFFSET));
            builder.environment().put("RENTCAR_SKIP_BUILD", "1");
            // a 2-core machine running the whole suite starts nine JVMs at once slowly: more room than by hand
            builder.environment().putIfAbsent("RENTCAR_START_TIMEOUT", "240");
            var process = builder.start();
            if (!process.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("./rentcar " + String.join(" ", verb) + " did not finish:\n" + Files.readString(log));
            }
            var output = Files.readString(log);
            if (process.exitValue() != 0) {
                throw new AssertionError("./rentcar " + String.join(" ", verb) + " exited " + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /**
     * Reserves as a customer would: a 503 (payment's circuit open after another test's outage, or an instance still
     * warming up) is answered by trying again, as its Retry-After asks, for up to a minute.
     */
    public Response reserve(String token, String carId, LocalDate pickup, LocalDate returnDate) {
        var body = """
                {"carId":"%s","pickupDate":"%s","returnDate":"%s"}""".formatted(carId, pickup, returnDate);
        return await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                .until(() -> post("/api/reservations", token, body), response -> response.status() != 503);
    }

    /** Every customer asks for the car, for the same days, at the same moment: the status each one was answered. */
    public List<Integer> race(List<String> tokens, String carId, LocalDate pickup, LocalDate returnDate) throws Exception {
        var start = new CountDownLatch(1);
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var results = tokens.stream().map(token -> pool.submit(() -> {
                start.await();
                return reserve(token, carId, pickup, returnDate).status();
            })).toList();
            start.countDown();
            for (var result : results) {
                statuses.add(result.get());
            }
        }
        return statuses;
    }

    /** POSTs with extra request headers (name, value, name, value, ...). */
    public Response post(String path, String token, String json, String... headers) {
        var request = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * Whether a customer sees the car on offer, looking through every page of {@code GET /api/available-cars} (the
     * newest cars are on the last page); false while the listing does not answer.
     */
    public boolean onOffer(String carId, String token) {
        for (int page = 0; ; page++) {
            var answer = get("/api/available-cars?size=100&page=" + page, token);
            if (answer.status() != 200) {
                return false;
            }
            for (var car : answer.json().get("content")) {
                if (car.get("id").asString().equals(carId)) {
                    return true;
                }
            }
            if (answer.json().get("last").asBoolean()) {
                return false;
            }
        }
    }

    /** A GET straight to one component's own port (its base port + the offset), bypassing the gateway. */
    public Response getFrom(int basePort, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + (basePort + PORT_OFFSET) + path))
                .timeout(Duration.ofSeconds(30)).GET());
    }

    /** A component's log as far as it is written now. */
    public String log(String component) {
        try {
            var file = home.resolve("logs").resolve(component + ".log");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public Response put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /**
     * Fails at once when a component of the shared system is not running (a JVM that crashed, or a test that did not
     * start again what it stopped), naming it and any JVM crash report, so the test classes after it do not each fail
     * later on a 503 that hides the cause.
     */
    void assertEveryComponentRuns() {
        var status = rentcar("status");
        if (status.lines().noneMatch(line -> line.endsWith(" STOPPED"))) {
            return;
        }
        throw new AssertionError("the system is not whole: a component has stopped\n" + status + crashReports());
    }

    private String crashReports() {
        // a service's working directory is the runner's run directory: that is where its JVM writes hs_err_pid<pid>.log;
        // only this test run's crashes (an attached home may keep older ones)
        var since = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
        try (var files = Files.list(home.resolve("run"))) {
            var reports = files.filter(f -> f.getFileName().toString().startsWith("hs_err_pid"))
                    .filter(f -> modifiedAfter(f, since)).map(Path::toString).toList();
            return reports.isEmpty() ? "(no JVM crash report in " + home.resolve("run") + " since the tests started)"
                    : "JVM crash reports: " + String.join(", ", reports);
        } catch (IOException e) {
            return "(cannot list " + home.resolve("run") + ": " + e + ")";
        }
    }

    private static boolean modifiedAfter(Path file, Instant since) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(since);
        } catch (IOException e) {
            return true; // name it rather than hide it
        }
    }

    /** Logs in and returns the access token; fails the test when the login is refused. */
    public String login(String username, String password) {
        var response = post("/api/auth/login", null,
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
        if (response.status() != 200) {
            throw new AssertionError("login of " + username + " refused: " + response);
        }
        return response.json().get("accessToken").asString();
    }

    /** Signs a new customer up and logs them in. */
    public String newCustomer(String username) {
        var signUp = post("/api/customers", null, """
                {"username":"%s","password":"s3cret-pass","name":"Test Customer","email":"%s@example.com","phone":"010-0000-0000"}"""
                .formatted(username, username));
        if (signUp.status() != 201) {
            throw new AssertionError("sign-up of " + username + " refused: " + signUp);
        }
        return login(username, "s3cret-pass");
    }

    private HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(gateway() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public record Response(int status, String contentType, String retryAfter, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
