package com.rentcar.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One reservation is one trace: the client starts the trace (W3C {@code traceparent}), and its trace id shows up in
 * the span log of every service the reservation touches — through HTTP (gateway → reservation → payment) and Kafka,
 * including the hand-over through each service's outbox (payment → rental → management, My Page, notification) —
 * and in the {@code traceparent} header of the events it caused; the Zipkin server of {@code ./rentcar up --tracing}
 * holds the trace with every one of those services in it. Every service serves Prometheus metrics.
 */
@ExtendWith(RunningSystem.class)
class TracingEndToEndIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final RentCarSystem system = RunningSystem.SYSTEM;
    private static final int ZIPKIN_PORT = 9411;

    @Test
    void one_reservation_is_one_trace_from_the_gateway_through_every_service_it_touches() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var admin = system.login("admin", "admin");
        var customer = system.newCustomer("trace." + suffix);
        var car = system.post("/api/cars", admin, """
                {"plateNumber":"77사%d","model":"Kia Ray","dailyRate":45000}""".formatted(
                ThreadLocalRandom.current().nextInt(100_000, 1_000_000)));
        assertThat(car.status()).as(car.toString()).isEqualTo(201);
        var carId = car.json().get("id").asString();
        await().atMost(EVENTUALLY).until(() -> system.onOffer(carId, customer));

        // the client starts the trace; a 503 (a service still warming up answers slowly) is retried, in a new trace
        var tomorrow = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1);
        var traceIds = new ArrayList<String>();
        var reserved = await().atMost(EVENTUALLY).until(() -> {
            traceIds.add(HexFormat.of().formatHex(randomBytes(16)));
            var traceparent = "00-" + traceIds.getLast() + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
            return system.post("/api/reservations", customer, """
                    {"carId":"%s","pickupDate":"%s","returnDate":"%s"}""".formatted(carId, tomorrow, tomorrow.plusDays(2)),
                    "traceparent", traceparent);
        }, response -> response.status() != 503);
        assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
        var traceId = traceIds.getLast();
        var paymentId = reserved.json().get("paymentId").asString();

        // spans are exported in batches: each service's log gets the trace within a few seconds
        for (var service : new String[] {"gateway", "reservation", "payment", "rental", "management", "mypage", "notification"}) {
            await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(system.log(service))
                    .as("the span log of %s", service).contains("span trace=" + traceId));
        }
        // and every service sent its spans to the Zipkin server ./rentcar up --tracing runs: one trace, all of them in it
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(servicesInZipkin(traceId))
                .contains("gateway", "reservation", "payment", "rental", "management", "mypage", "notification"));

        // log lines written while the trace is current carry its id (the log pattern's correlation part)
        assertThat(system.log("notification")).containsPattern("\\[" + traceId + "-[0-9a-f]{16}\\] .*LoggingNotificationSender");

        // the event payment published after commit (through its outbox) carries the trace on to its readers
        assertThat(headerOf("payment-events", paymentId, "traceparent")).contains(traceId);

        for (var port : new int[] {8081, 8082, 8083, 8084, 8085, 8086, 8087}) {
            var metrics = system.getFrom(port, "/actuator/prometheus");
            assertThat(metrics.status()).as("/actuator/prometheus on %d", port).isEqualTo(200);
            assertThat(metrics.body()).contains("http_server_requests_seconds_bucket");
        }
        // the gateway's port is the public one: its metrics only for an admin
        assertThat(system.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(system.get("/actuator/prometheus", admin).body()).contains("http_server_requests_seconds_bucket");
        assertThat(system.getFrom(8083, "/actuator/prometheus").body())
                .contains("rentcar_outbox_backlog", "resilience4j_circuitbreaker_state");
    }

    /** The services whose spans Zipkin holds for one trace ({@code GET /api/v2/trace/{id}}: a list of spans). */
    private static Set<String> servicesInZipkin(String traceId) {
        var trace = system.getFrom(ZIPKIN_PORT, "/api/v2/trace/" + traceId);
        var services = new TreeSet<String>();
        if (trace.status() == 200) {
            trace.json().forEach(span -> services.add(span.path("localEndpoint").path("serviceName").asString("")));
        }
        return services;
    }

    private static String headerOf(String topic, String key, String header) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID()),
                new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    var value = record.headers().lastHeader(header);
                    if (key.equals(record.key()) && value != null) {
                        return new String(value.value(), StandardCharsets.UTF_8);
                    }
                }
                return null;
            }, found -> found != null);
        }
    }

    private static byte[] randomBytes(int count) {
        var bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
