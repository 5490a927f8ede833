package com.rentcar.gateway.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for a RentCar service: answers with what it received (service, method, path,
 * Authorization), serves a JWKS when given one, and holds {@code .../slow} requests until it is closed.
 */
public final class FakeService implements AutoCloseable {

    public static final String JWKS_PATH = "/.well-known/jwks.json";

    private final String name;
    private final String jwks;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger jwksRequests = new AtomicInteger();

    private FakeService(String name, String jwks) throws IOException {
        this.name = name;
        this.jwks = jwks;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeService start(String name, String jwksOrNull) {
        try {
            return new FakeService(name, jwksOrNull);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A local URL where nothing listens (the port was free a moment ago). */
    public static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwksUrl() {
        return baseUrl() + JWKS_PATH;
    }

    public int jwksRequests() {
        return jwksRequests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (jwks != null && path.equals(JWKS_PATH)) {
                jwksRequests.incrementAndGet();
                respond(exchange, jwks);
                return;
            }
            if (path.endsWith("/slow")) {
                release.await();
            }
            exchange.getRequestBody().readAllBytes();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            respond(exchange, """
                    {"service":"%s","method":"%s","path":"%s","authorization":%s}"""
                    .formatted(name, exchange.getRequestMethod(), path,
                            authorization == null ? "null" : "\"" + authorization + "\""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    /** Stops listening: later connections are refused, as with a crashed service. */
    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.close();
    }
}
