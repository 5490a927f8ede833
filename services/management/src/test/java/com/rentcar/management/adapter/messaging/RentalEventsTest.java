package com.rentcar.management.adapter.messaging;

import com.rentcar.platform.test.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
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
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import tools.jackson.databind.JsonNode;

import com.rentcar.management.LedgerApi;
import com.rentcar.platform.events.EventEnvelope;
import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.kafka.DomainTopics;
import com.rentcar.platform.test.ServiceIntegrationTest;
import com.rentcar.platform.test.TestTokens;

import static com.rentcar.management.LedgerApi.JSON;
import static com.rentcar.management.LedgerApi.body;
import static com.rentcar.management.LedgerApi.uniquePlate;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * FR4, FR5, FR8, FR9: the ledger follows rental's events on {@code rental-events}, published here as rental
 * publishes them, with a plain Kafka producer; what changed is read over HTTP and on {@code car-events}.
 */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RentalEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String RENTAL_EVENTS = "rental-events";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    EventEnvelopes envelopes;

    @Autowired
    KafkaAdmin admin;

    @Autowired
    JdbcClient jdbc;

    LedgerApi api;
    KafkaProducer<String, String> producer;

    /** Rental owns {@code rental-events} and declares it; here the test does, as rental would. */
    @BeforeEach
    void connect() {
        admin.createOrModifyTopics(topic(RENTAL_EVENTS), topic(RENTAL_EVENTS + DomainTopics.DEAD_LETTER_SUFFIX));
        api = new LedgerApi(port);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(3).replicas(1).build();
    }

    @Test
    void a_rented_car_is_shown_rented_in_the_ledger_and_announced() {
        var car = registeredCar();

        publish(rented(UUID.randomUUID(), car));

        var shown = awaitCar(car, "RENTED");
        assertThat(shown.path("version").asLong()).isEqualTo(2);
        assertThat(awaitStatusChanges(car, 1)).singleElement().satisfies(data -> {
            assertThat(data.path("status").asString()).isEqualTo("RENTED");
            assertThat(data.path("version").asLong()).isEqualTo(2);
            assertThat(Instant.parse(data.path("changedAt").asString()))
                    .isEqualTo(Instant.parse(shown.path("updatedAt").asString()));
        });
    }

    @Test
    void a_cancelled_rental_makes_its_car_available_again() {
        var car = registeredCar();
        var rental = UUID.randomUUID();
        publish(rented(rental, car));
        awaitCar(car, "RENTED");

        publish(rentalCancelled(rental, car));

        assertThat(awaitCar(car, "AVAILABLE").path("version").asLong()).isEqualTo(3);
        assertThat(awaitStatusChanges(car, 2)).extracting(data -> data.path("status").asString())
                .containsExactly("RENTED", "AVAILABLE");
    }

    @Test
    void a_returned_car_is_available_again() {
        var car = registeredCar();
        var rental = UUID.randomUUID();
        publish(rented(rental, car));
        awaitCar(car, "RENTED");

        publish(carReturned(rental, car));

        assertThat(awaitCar(car, "AVAILABLE").path("version").asLong()).isEqualTo(3);
        assertThat(awaitStatusChanges(car, 2)).extracting(data -> data.path("version").asLong())
                .containsExactly(2L, 3L);
    }

    @Test
    void the_same_rented_delivered_three_times_or_repeated_changes_the_car_once() {
        var car = registeredCar();
        var rental = UUID.randomUUID();
        var once = rented(rental, car);

        publish(once);
        publish(once);
        publish(once);
        var repeated = rented(rental, car);
        publish(repeated);
        awaitProcessed(repeated);

        assertThat(car(car).path("status").asString()).isEqualTo("RENTED");
        assertThat(car(car).path("version").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from processed_event where event_id = ?").param(once.id())
                .query(Long.class).single()).isEqualTo(1);
        publish(carReturned(rental, car));
        awaitCar(car, "AVAILABLE");
        assertThat(awaitStatusChanges(car, 2)).extracting(data -> data.path("status").asString())
                .as("one change for the rental, one for its end").containsExactly("RENTED", "AVAILABLE");
    }

    @Test
    void the_end_of_an_earlier_rental_seen_after_a_newer_rental_took_the_car_changes_nothing() {
        var car = registeredCar();
        var earlier = UUID.randomUUID();
        var newer = UUID.randomUUID();
        publish(rented(earlier, car));
        awaitCar(car, "RENTED");
        var takeover = rented(newer, car);
        publish(takeover);
        awaitProcessed(takeover);

        var lateCancellation = rentalCancelled(earlier, car);
        publish(lateCancellation);
        awaitProcessed(lateCancellation);

        var shown = car(car);
        assertThat(shown.path("status").asString()).isEqualTo("RENTED");
        assertThat(shown.path("version").asLong()).isEqualTo(2);
        assertThat(heldBy(car)).isEqualTo(newer);
        publish(carReturned(newer, car));
        assertThat(awaitCar(car, "AVAILABLE").path("version").asLong()).isEqualTo(3);
        assertThat(awaitStatusChanges(car, 2)).extracting(data -> data.path("status").asString())
                .containsExactly("RENTED", "AVAILABLE");
    }

    @Test
    void rentals_seen_out_of_order_leave_the_car_with_the_one_not_yet_ended() {
        var car = registeredCar();
        var earlier = UUID.randomUUID();
        var newer = UUID.randomUUID();
        publish(rented(newer, car));
        awaitCar(car, "RENTED");

        publish(rented(earlier, car));
        var earlierCancelled = rentalCancelled(earlier, car);
        publish(earlierCancelled);
        awaitProcessed(earlierCancelled);

        assertThat(car(car).path("status").asString()).isEqualTo("RENTED");
        assertThat(heldBy(car)).isEqualTo(newer);
        publish(carReturned(newer, car));
        awaitCar(car, "AVAILABLE");
    }

    @Test
    void events_about_a_car_the_ledger_does_not_hold_and_unknown_types_are_skipped_without_dead_letters() {
        var car = registeredCar();
        var rental = UUID.randomUUID();
        var strangeCar = UUID.randomUUID();

        publish(rented(rental, strangeCar));
        publish(event("RentalExtended", "1.0", rental, Map.of("rentalId", rental.toString())));
        publish(carReturned(rental, strangeCar));
        publish(rented(rental, car));

        await().atMost(PATIENCE).until(() -> status(car), "RENTED"::equals);
        assertThat(api.get("/api/cars/" + strangeCar, TestTokens.admin()).statusCode()).isEqualTo(404);
        try (var deadLetters = new TopicReader(bootstrapServers, RENTAL_EVENTS + ".DLT")) {
            assertThat(deadLetters.allWithKey(rental.toString())).isEmpty();
        }
    }

    @Test
    void messages_that_break_the_contract_go_to_the_dead_letter_topic_and_the_next_events_are_still_handled() {
        var car = registeredCar();
        var rental = UUID.randomUUID();
        var key = rental.toString();

        send(key, "{ this is not an event");
        publish(event("Rented", "2.0", rental, rentedData(rental, car)));
        var withoutCar = new LinkedHashMap<>(rentedData(rental, car));
        withoutCar.remove("carId");
        publish(event("Rented", "1.0", rental, withoutCar));
        publish(event("Rented", "1.0", UUID.randomUUID(), rentedData(rental, car)), key);
        publish(rented(rental, car));

        awaitCar(car, "RENTED");
        try (var deadLetters = new TopicReader(bootstrapServers, RENTAL_EVENTS + ".DLT")) {
            var dead = await().atMost(PATIENCE).until(() -> deadLetters.withKey(key), records -> records.size() == 4);
            var reasons = dead.stream().map(record -> record.headers().lastHeader("kafka_dlt-exception-message"))
                    .map(reason -> new String(reason.value(), UTF_8)).toList();
            assertThat(reasons.get(0)).contains("not a readable event envelope");
            assertThat(reasons.get(1)).contains("unsupported schema version 2.0");
            assertThat(reasons.get(2)).contains("Rented needs rentalId and carId");
            assertThat(reasons.get(3)).contains("is not its rentalId");
        }
        assertThat(car(car).path("version").asLong()).isEqualTo(2);
    }

    // ---- rental's events, as rental publishes them

    private EventEnvelope rented(UUID rental, UUID car) {
        return event("Rented", "1.0", rental, rentedData(rental, car));
    }

    private static Map<String, Object> rentedData(UUID rental, UUID car) {
        var data = new LinkedHashMap<String, Object>();
        data.put("rentalId", rental.toString());
        data.put("reservationId", UUID.randomUUID().toString());
        data.put("paymentId", UUID.randomUUID().toString());
        data.put("customerId", UUID.randomUUID().toString());
        data.put("carId", car.toString());
        data.put("rentedAt", Instant.now().toString());
        return data;
    }

    private EventEnvelope rentalCancelled(UUID rental, UUID car) {
        var data = new LinkedHashMap<String, Object>();
        data.put("rentalId", rental.toString());
        data.put("reservationId", UUID.randomUUID().toString());
        data.put("paymentId", UUID.randomUUID().toString());
        data.put("customerId", UUID.randomUUID().toString());
        data.put("carId", car.toString());
        data.put("cancelledAt", Instant.now().toString());
        return event("RentalCancelled", "1.0", rental, data);
    }

    private EventEnvelope carReturned(UUID rental, UUID car) {
        var data = new LinkedHashMap<String, Object>();
        data.put("rentalId", rental.toString());
        data.put("reservationId", UUID.randomUUID().toString());
        data.put("customerId", UUID.randomUUID().toString());
        data.put("carId", car.toString());
        data.put("returnedAt", Instant.now().toString());
        return event("CarReturned", "1.0", rental, data);
    }

    /** An envelope about one rental, as the rental service writes it. */
    private EventEnvelope event(String type, String schemaVersion, UUID rental, Map<String, ?> data) {
        var wrapped = envelopes.wrap(type, schemaVersion, rental.toString(), data);
        return new EventEnvelope(wrapped.specversion(), wrapped.id(), wrapped.type(), "rental", wrapped.time(),
                wrapped.subject(), wrapped.schemaversion(), wrapped.datacontenttype(), wrapped.data());
    }

    private void publish(EventEnvelope event) {
        publish(event, event.subject());
    }

    private void publish(EventEnvelope event, String key) {
        send(key, envelopes.write(event));
    }

    private void send(String key, String message) {
        try {
            producer.send(new ProducerRecord<>(RENTAL_EVENTS, key, message)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + RENTAL_EVENTS, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- what the ledger shows

    private UUID registeredCar() {
        return UUID.fromString(api.register(uniquePlate(), "Hyundai Avante", 55_000).path("id").asString());
    }

    private JsonNode car(UUID car) {
        var response = api.get("/api/cars/" + car, TestTokens.admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    private String status(UUID car) {
        return car(car).path("status").asString();
    }

    private JsonNode awaitCar(UUID car, String status) {
        return await().atMost(PATIENCE).until(() -> car(car), shown -> status.equals(shown.path("status").asString()));
    }

    /** The rental the ledger says holds the car (not part of the HTTP answer). */
    private UUID heldBy(UUID car) {
        return jdbc.sql("select rental_id from car where id = ?").param(car).query(UUID.class).single();
    }

    private void awaitProcessed(EventEnvelope event) {
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                "select count(*) from processed_event where consumer = 'management.rental-events' and event_id = ?")
                .param(event.id()).query(Long.class).single() == 1);
    }

    /** The data of every CarStatusChanged about the car, once {@code count} of them have been published. */
    private List<JsonNode> awaitStatusChanges(UUID car, int count) {
        try (var carEvents = new TopicReader(bootstrapServers, "car-events")) {
            await().atMost(PATIENCE).until(() -> statusChanges(carEvents.withKey(car.toString()).stream()
                    .map(r -> JSON.readTree(r.value())).toList()).size() >= count);
            return statusChanges(carEvents.allWithKey(car.toString()).stream().map(r -> JSON.readTree(r.value()))
                    .toList());
        }
    }

    private static List<JsonNode> statusChanges(List<JsonNode> events) {
        return events.stream().filter(e -> "CarStatusChanged".equals(e.path("type").asString()))
                .map(e -> e.path("data")).toList();
    }
}
