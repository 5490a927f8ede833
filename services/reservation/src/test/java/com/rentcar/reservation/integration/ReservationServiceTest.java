package com.rentcar.reservation.integration;

import com.rentcar.platform.test.TopicReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.rentcar.platform.kafka.DomainTopics;
import com.rentcar.platform.test.ServiceIntegrationTest;
import com.rentcar.platform.test.TestTokens;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reservation service started for real against Kafka and PostgreSQL, with payment and the customer
 * login played by {@link PaymentStub}, a real HTTP server. Every test class extending this shares one
 * running service; tests keep apart by using their own cars and customers.
 */
@ServiceIntegrationTest
@Import({TestTokens.Verification.class, ReservationServiceTest.ForeignTopics.class})
abstract class ReservationServiceTest {

    static final PaymentStub PAYMENT = PaymentStub.start();
    /** Where lists of payment's instances go when a test runs more than one (none: payment is {@link #PAYMENT}). */
    static final Path INSTANCE_LISTS = temporaryDirectory();
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @DynamicPropertySource
    static void collaborators(DynamicPropertyRegistry properties) {
        properties.add("rentcar.services.payment", PAYMENT::url);
        properties.add("rentcar.services.customer", PAYMENT::url);
        properties.add("rentcar.instances-dir", INSTANCE_LISTS::toString);
        properties.add("rentcar.service-account.username", () -> PaymentStub.USERNAME);
        properties.add("rentcar.service-account.password", () -> PaymentStub.PASSWORD);
        // short enough for tests, still well beyond how long a request takes with payment (2 s read timeout)
        properties.add("rentcar.reservation.reconcile-after", () -> "8s");
        properties.add("rentcar.reservation.reconcile-interval", () -> "500ms");
        properties.add("rentcar.reservation.cancellation-retry-interval", () -> "500ms");
        properties.add("rentcar.reservation.cancellation-retry-delay", () -> "5s");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("reservation-instances");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The topics other services own, declared here as their owners would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ForeignTopics {

        @Bean
        KafkaAdmin.NewTopics carEvents(DomainTopics topics) {
            return topics.declare("car-events");
        }

        @Bean
        KafkaAdmin.NewTopics rentalEvents(DomainTopics topics) {
            return topics.declare("rental-events");
        }
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void paymentWorks() {
        PAYMENT.reset();
        breakers.circuitBreaker("payment").reset();
    }

    // ---- the service's HTTP API

    record Answer(int status, HttpResponse<String> response) {

        JsonNode body() {
            return JSON.readTree(response.body());
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        boolean isProblem() {
            return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        }

        String detail() {
            return body().get("detail").asString();
        }
    }

    Answer get(String path, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    Answer post(String path, String token, String json) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer reserve(String token, UUID carId, LocalDate pickup, LocalDate returning) {
        return post("/api/reservations", token, json(Map.of("carId", carId.toString(), "pickupDate", pickup.toString(),
                "returnDate", returning.toString())));
    }

    /** Reserves and expects it to be confirmed. */
    JsonNode reserved(String token, UUID carId) {
        var answer = reserve(token, carId, today().plusDays(1), today().plusDays(3));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return answer.body();
    }

    Answer cancel(String token, String reservationId) {
        return post("/api/reservations/" + reservationId + "/cancel", token, null);
    }

    String statusOf(String reservationId) {
        var answer = get("/api/reservations/" + reservationId, TestTokens.admin());
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        return answer.body().get("status").asString();
    }

    List<String> availableCarIds() {
        return availableCars(customer()).stream().map(car -> car.get("id").asString()).toList();
    }

    /** Every car on offer, in the order the pages list them (read page by page, 100 at a time). */
    List<JsonNode> availableCars(String token) {
        var cars = new ArrayList<JsonNode>();
        for (int page = 0; ; page++) {
            var answer = get("/api/available-cars?size=100&page=" + page, token);
            assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
            answer.body().get("content").forEach(cars::add);
            if (answer.body().get("last").asBoolean()) {
                return cars;
            }
        }
    }

    static LocalDate today() {
        return LocalDate.now(SEOUL);
    }

    static String customer() {
        return TestTokens.customer(UUID.randomUUID());
    }

    // ---- events

    /** Management registers a car (CarRegistered on car-events); returns once customers can see it. */
    UUID registeredCar(long dailyRate) {
        var carId = UUID.randomUUID();
        publishCarRegistered(UUID.randomUUID(), carId, plate(), "Hyundai Avante", dailyRate);
        await().atMost(PATIENCE).until(() -> availableCarIds().contains(carId.toString()));
        return carId;
    }

    void publishCarRegistered(UUID eventId, UUID carId, String plate, String model, long dailyRate) {
        var data = new LinkedHashMap<String, Object>();
        data.put("carId", carId.toString());
        data.put("plateNumber", plate);
        data.put("model", model);
        data.put("dailyRate", dailyRate);
        data.put("status", "AVAILABLE");
        data.put("version", 1);
        data.put("registeredAt", Instant.now().toString());
        publish("car-events", envelope(eventId, "CarRegistered", "management", carId.toString(), "1.0", data));
    }

    void publishCarReturned(UUID eventId, String reservationId, String carId, String customerId) {
        var rentalId = UUID.nameUUIDFromBytes(reservationId.getBytes()).toString();
        publish("rental-events", envelope(eventId, "CarReturned", "rental", rentalId, "1.0", Map.of(
                "rentalId", rentalId, "reservationId", reservationId, "customerId", customerId, "carId", carId,
                "returnedAt", Instant.now().toString())));
    }

    static String envelope(UUID eventId, String type, String source, String subject, String schemaVersion,
            Map<String, ?> data) {
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("specversion", "1.0");
        envelope.put("id", eventId.toString());
        envelope.put("type", type);
        envelope.put("source", source);
        envelope.put("time", Instant.now().toString());
        envelope.put("subject", subject);
        envelope.put("schemaversion", schemaVersion);
        envelope.put("datacontenttype", "application/json");
        envelope.put("data", data);
        return json(envelope);
    }

    void publish(String topic, String message) {
        var key = JSON.readTree(message).path("subject").asString(UUID.randomUUID().toString());
        kafka.send(topic, key, message).join();
    }

    /** The events this service published about one reservation, in order. */
    List<JsonNode> reservationEvents(TopicReader reader, String reservationId) {
        return reader.withKey(reservationId).stream().map(ConsumerRecord::value).map(JSON::readTree).toList();
    }

    List<String> typesOf(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asString()).toList();
    }

    TopicReader reservationEventsReader() {
        return new TopicReader(bootstrapServers, "reservation-events");
    }

    long reservationRowsForCar(UUID carId) {
        return jdbc.sql("select count(*) from reservation where car_id = ?").param(carId).query(Long.class).single();
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String plate() {
        return (10 + (int) (Math.random() * 89)) + "가" + (1000 + (int) (Math.random() * 8999));
    }
}
