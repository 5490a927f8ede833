package com.rentcar.reservation.integration;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small but real HTTP server standing in for the payment service and the customer service's login,
 * on a random local port. It can be switched to approve, decline, fail (503) or hang until released
 * (slow), keeps the payments it made by idempotency key, and records every call.
 */
final class PaymentStub implements AutoCloseable {

    static final String USERNAME = "svc-reservation";
    static final String PASSWORD = "test-secret";

    enum Mode { APPROVE, DECLINE, FAIL, SLOW }

    record Call(String method, String path, String authorization, int status) {
    }

    static final class Payment {
        final UUID id = UUID.randomUUID();
        final String key;
        final UUID reservationId;
        final UUID carId;
        final long amount;
        volatile String status;
        final AtomicInteger refunds = new AtomicInteger();

        Payment(String key, UUID reservationId, UUID carId, long amount, String status) {
            this.key = key;
            this.reservationId = reservationId;
            this.carId = carId;
            this.amount = amount;
            this.status = status;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.APPROVE);
    private final Map<String, Payment> byKey = new ConcurrentHashMap<>();
    private final Map<UUID, Payment> byId = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> issuedTokens;
    private final AtomicInteger logins = new AtomicInteger();
    private volatile CountDownLatch slowRelease = new CountDownLatch(0);
    private final AtomicInteger heldNow = new AtomicInteger();
    private final AtomicInteger mostHeldAtOnce = new AtomicInteger();

    private PaymentStub(HttpServer server, Map<String, Boolean> issuedTokens) {
        this.server = server;
        this.issuedTokens = issuedTokens;
        server.createContext("/api/auth/login", this::login);
        server.createContext("/api/payments", this::payments);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    static PaymentStub start() {
        return start(new ConcurrentHashMap<>());
    }

    /** Another instance of the same payment service, on its own port: it accepts the tokens this one's login issued. */
    PaymentStub anotherInstance() {
        return start(issuedTokens);
    }

    private static PaymentStub start(Map<String, Boolean> issuedTokens) {
        try {
            return new PaymentStub(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0), issuedTokens);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the payment stub", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Back to approving, with no calls recorded; payments made so far are kept. */
    void reset() {
        slowRelease.countDown();
        mode.set(Mode.APPROVE);
        calls.clear();
    }

    void switchTo(Mode next) {
        if (next == Mode.SLOW) {
            slowRelease = new CountDownLatch(1);
        }
        mode.set(next);
    }

    /** How many approvals {@link Mode#SLOW} holds now, and the most it held at once. */
    int approvalsHeldNow() {
        return heldNow.get();
    }

    int mostApprovalsHeldAtOnce() {
        return mostHeldAtOnce.get();
    }

    /** Lets the approvals held in {@link Mode#SLOW} finish (approved), and approves from now on. */
    void releaseSlowCalls() {
        mode.set(Mode.APPROVE);
        slowRelease.countDown();
    }

    /** A payment approved under {@code key} before this service crashed. */
    Payment approvedEarlier(String key, UUID reservationId, UUID carId, long amount) {
        var payment = new Payment(key, reservationId, carId, amount, "APPROVED");
        byKey.put(key, payment);
        byId.put(payment.id, payment);
        return payment;
    }

    /** Payment stops trusting every token issued so far (e.g. the signing key was rotated). */
    void refuseIssuedTokens() {
        issuedTokens.clear();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    long approvalCalls() {
        return calls.stream().filter(c -> c.method().equals("POST") && c.path().equals("/api/payments")).count();
    }

    long cancelCalls(UUID paymentId) {
        return calls.stream().filter(c -> c.path().equals("/api/payments/" + paymentId + "/cancel")).count();
    }

    long successfulCancelCalls(UUID paymentId) {
        return calls.stream().filter(c -> c.path().equals("/api/payments/" + paymentId + "/cancel") && c.status() == 200)
                .count();
    }

    Optional<Payment> payment(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Payment> paymentsForCar(UUID carId) {
        return byId.values().stream().filter(p -> carId.equals(p.carId)).toList();
    }

    int logins() {
        return logins.get();
    }

    @Override
    public void close() {
        slowRelease.countDown();
        server.stop(0);
    }

    private void login(HttpExchange exchange) throws IOException {
        var body = JSON.readTree(exchange.getRequestBody());
        if (!USERNAME.equals(text(body, "username")) || !PASSWORD.equals(text(body, "password"))) {
            respond(exchange, 401, Map.of("title", "Unauthorized", "status", 401));
            return;
        }
        var token = "stub-token-" + logins.incrementAndGet();
        issuedTokens.put(token, true);
        respond(exchange, 200, Map.of("accessToken", token, "tokenType", "Bearer", "expiresIn", 900));
    }

    private void payments(HttpExchange exchange) throws IOException {
        var path = exchange.getRequestURI().getPath();
        var method = exchange.getRequestMethod();
        var authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !issuedTokens.containsKey(authorization.replaceFirst("^Bearer ", ""))) {
            record(method, path, authorization, respond(exchange, 401, Map.of("title", "Unauthorized", "status", 401)));
            return;
        }
        if (mode.get() == Mode.FAIL) {
            record(method, path, authorization,
                    respond(exchange, 503, Map.of("title", "Service Unavailable", "status", 503, "detail", "provider down")));
            return;
        }
        int status;
        if (method.equals("POST") && path.equals("/api/payments")) {
            status = approve(exchange);
        } else if (method.equals("GET") && path.startsWith("/api/payments/by-key/")) {
            var payment = byKey.get(path.substring("/api/payments/by-key/".length()));
            status = payment == null ? respond(exchange, 404, Map.of("status", 404)) : respond(exchange, 200, view(payment));
        } else if (method.equals("POST") && path.endsWith("/cancel")) {
            status = cancel(exchange, path);
        } else {
            status = respond(exchange, 404, Map.of("status", 404));
        }
        record(method, path, authorization, status);
    }

    private int approve(HttpExchange exchange) throws IOException {
        var body = JSON.readTree(exchange.getRequestBody());
        var key = text(body, "idempotencyKey");
        var existing = byKey.get(key);
        if (existing != null) {
            return respond(exchange, 200, view(existing));
        }
        var current = mode.get();
        if (current == Mode.SLOW) {
            mostHeldAtOnce.accumulateAndGet(heldNow.incrementAndGet(), Math::max);
            try {
                awaitRelease();
            } finally {
                heldNow.decrementAndGet();
            }
        }
        var payment = new Payment(key, UUID.fromString(text(body, "reservationId")), UUID.fromString(text(body, "carId")),
                body.get("amount").asLong(), current == Mode.DECLINE ? "DECLINED" : "APPROVED");
        var raced = byKey.putIfAbsent(key, payment);
        if (raced != null) {
            return respond(exchange, 200, view(raced));
        }
        byId.put(payment.id, payment);
        return respond(exchange, 201, view(payment));
    }

    private int cancel(HttpExchange exchange, String path) throws IOException {
        var id = UUID.fromString(path.substring("/api/payments/".length(), path.length() - "/cancel".length()));
        var payment = byId.get(id);
        if (payment == null) {
            return respond(exchange, 404, Map.of("status", 404));
        }
        synchronized (payment) {
            if ("APPROVED".equals(payment.status)) {
                payment.status = "CANCELLED";
                payment.refunds.incrementAndGet();
            }
        }
        return respond(exchange, 200, view(payment));
    }

    private void awaitRelease() {
        try {
            slowRelease.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(String method, String path, String authorization, int status) {
        calls.add(new Call(method, path, authorization, status));
    }

    private static Map<String, Object> view(Payment payment) {
        return Map.of("paymentId", payment.id.toString(), "idempotencyKey", payment.key,
                "reservationId", payment.reservationId.toString(), "amount", payment.amount, "status", payment.status);
    }

    private static String text(JsonNode body, String field) {
        var node = body.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }

    /** Writes the answer; a caller that gave up already (timed out) is not an error of the stub. */
    private static int respond(HttpExchange exchange, int status, Map<String, ?> body) {
        try (exchange) {
            var bytes = JSON.writeValueAsString(body).getBytes(UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException gone) {
            // the client went away
        }
        return status;
    }
}
