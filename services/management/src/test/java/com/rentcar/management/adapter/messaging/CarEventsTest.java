package com.rentcar.management.adapter.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import com.rentcar.management.LedgerApi;
import com.rentcar.management.application.ChangingCarStatus;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.RentalId;
import com.rentcar.platform.test.ServiceIntegrationTest;
import com.rentcar.platform.test.TestTokens;

import static com.rentcar.management.LedgerApi.JSON;
import static com.rentcar.management.LedgerApi.assertProblem;
import static com.rentcar.management.LedgerApi.json;
import static com.rentcar.management.LedgerApi.uniquePlate;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What other services see of the ledger: events on {@code car-events}, read with a plain Kafka consumer. */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CarEventsTest {

    private static final String TOPIC = "car-events";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ChangingCarStatus changingStatus;

    @Autowired
    JdbcClient jdbc;

    LedgerApi api;
    KafkaConsumer<String, String> consumer;
    final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    @BeforeEach
    void connect() {
        api = new LedgerApi(port);
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        var partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void a_registered_car_is_announced_on_car_events_keyed_by_its_id() {
        var car = api.register(uniquePlate(), "Hyundai Avante", 55_000);
        var carId = car.path("id").asString();

        var record = awaitEvent(carId, "CarRegistered");

        assertThat(record.key()).isEqualTo(carId);
        assertThat(new String(record.headers().lastHeader("ce_type").value(), UTF_8)).isEqualTo("CarRegistered");
        var event = JSON.readTree(record.value());
        assertThat(UUID.fromString(event.path("id").asString())).isNotNull();
        assertThat(event.path("specversion").asString()).isEqualTo("1.0");
        assertThat(event.path("type").asString()).isEqualTo("CarRegistered");
        assertThat(event.path("source").asString()).isEqualTo("management");
        assertThat(event.path("subject").asString()).isEqualTo(carId);
        assertThat(event.path("schemaversion").asString()).isEqualTo("1.0");
        assertThat(event.path("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(Instant.parse(event.path("time").asString())).isBeforeOrEqualTo(Instant.now());
        var data = event.path("data");
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("carId", "plateNumber", "model", "dailyRate",
                "status", "version", "registeredAt");
        assertThat(data.path("carId").asString()).isEqualTo(carId);
        assertThat(data.path("plateNumber")).isEqualTo(car.path("plateNumber"));
        assertThat(data.path("model")).isEqualTo(car.path("model"));
        assertThat(data.path("dailyRate").isIntegralNumber()).isTrue();
        assertThat(data.path("dailyRate").asLong()).isEqualTo(55_000);
        assertThat(data.path("status").asString()).isEqualTo("AVAILABLE");
        assertThat(data.path("version").asLong()).isEqualTo(1);
        assertThat(Instant.parse(data.path("registeredAt").asString()))
                .isEqualTo(Instant.parse(car.path("registeredAt").asString()));
    }

    @Test
    void a_rejected_registration_publishes_nothing() {
        var plate = uniquePlate();
        var accepted = api.register(plate, "Kia K5", 70_000);
        var rejectedModel = "Rejected " + UUID.randomUUID();

        assertProblem(api.post("/api/cars", TestTokens.admin(),
                json(Map.of("plateNumber", plate, "model", rejectedModel, "dailyRate", 70_000))), 409);
        assertProblem(api.post("/api/cars", TestTokens.admin(),
                json(Map.of("plateNumber", uniquePlate(), "model", rejectedModel, "dailyRate", 0))), 400);
        assertProblem(api.post("/api/cars", TestTokens.customer(UUID.randomUUID()),
                json(Map.of("plateNumber", uniquePlate(), "model", rejectedModel, "dailyRate", 70_000))), 403);
        var marker = api.register(uniquePlate(), "Marker", 10_000);

        awaitEvent(marker.path("id").asString(), "CarRegistered");
        readToTheEnd();

        assertThat(received.stream().map(r -> JSON.readTree(r.value()).path("data")))
                .filteredOn(data -> data.path("plateNumber").asString().equals(plate))
                .singleElement()
                .satisfies(data -> assertThat(data.path("carId")).isEqualTo(accepted.path("id")));
        assertThat(received).noneMatch(r -> r.value().contains(rejectedModel));
        assertThat(jdbc.sql("select count(*) from outbox_event where payload like ?").param("%" + rejectedModel + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void status_changes_are_announced_with_the_new_version() {
        var car = api.register(uniquePlate(), "Kia Sorento", 90_000);
        var carId = car.path("id").asString();
        var id = new CarId(UUID.fromString(carId));

        var rental = new RentalId(UUID.randomUUID());
        changingStatus.rentOut(id, rental);
        changingStatus.release(id, rental);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            poll();
            assertThat(eventsOf(carId)).extracting(e -> e.path("type").asString())
                    .containsExactly("CarRegistered", "CarStatusChanged", "CarStatusChanged");
        });
        var changes = eventsOf(carId).stream().skip(1).map(e -> e.path("data")).toList();
        assertThat(changes.get(0).propertyNames()).containsExactlyInAnyOrder("carId", "status", "version", "changedAt");
        assertThat(changes).extracting(d -> d.path("status").asString()).containsExactly("RENTED", "AVAILABLE");
        assertThat(changes).extracting(d -> d.path("version").asLong()).containsExactly(2L, 3L);
        assertThat(changes).extracting(d -> d.path("carId").asString()).containsOnly(carId);
        assertThat(received).filteredOn(r -> carId.equals(r.key())).extracting(ConsumerRecord::partition)
                .containsOnly(received.stream().filter(r -> carId.equals(r.key())).findFirst().orElseThrow().partition());
    }

    @Test
    void the_end_of_a_rental_that_does_not_hold_the_car_stores_and_publishes_nothing() {
        var car = api.register(uniquePlate(), "Genesis G70", 120_000);
        var id = new CarId(UUID.fromString(car.path("id").asString()));
        var eventsBefore = jdbc.sql("select count(*) from outbox_event").query(Long.class).single();

        changingStatus.release(id, new RentalId(UUID.randomUUID()));

        assertThat(jdbc.sql("select count(*) from outbox_event").query(Long.class).single()).isEqualTo(eventsBefore);
        assertThat(jdbc.sql("select version from car where id = ?").param(id.value()).query(Long.class).single())
                .isEqualTo(1);
    }

    private ConsumerRecord<String, String> awaitEvent(String carId, String type) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return received.stream()
                    .filter(r -> carId.equals(r.key()) && type.equals(JSON.readTree(r.value()).path("type").asString()))
                    .findFirst().orElse(null);
        }, found -> found != null);
    }

    /** Everything published so far, up to the end of every partition. */
    private void readToTheEnd() {
        var ends = consumer.endOffsets(consumer.assignment());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
        });
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
    }

    private List<JsonNode> eventsOf(String carId) {
        return received.stream().filter(r -> carId.equals(r.key())).map(r -> JSON.readTree(r.value())).toList();
    }
}
