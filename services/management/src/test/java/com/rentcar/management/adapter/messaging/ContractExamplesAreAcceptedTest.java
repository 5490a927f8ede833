package com.rentcar.management.adapter.messaging;

import static com.rentcar.management.LedgerApi.body;
import static com.rentcar.management.LedgerApi.uniquePlate;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.JsonNode;

import com.rentcar.contracts.EventContract;
import com.rentcar.management.LedgerApi;
import com.rentcar.platform.test.ServiceIntegrationTest;
import com.rentcar.platform.test.TestTokens;
import com.rentcar.platform.test.TopicReader;

/**
 * The ledger reads {@code rental-events} as the contract's examples show them (contracts/, schema 1.0), adjusted to
 * a car of this ledger, and sends a major version it was not written for to the dead-letter topic.
 */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ContractExamplesAreAcceptedTest {

    private static final String RENTAL_EVENTS = "rental-events";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    KafkaAdmin admin;

    @Autowired
    KafkaTemplate<String, String> kafka;

    LedgerApi api;

    /** Rental owns {@code rental-events} and declares it; here the test does, as rental would. */
    @BeforeEach
    void connect() {
        admin.createOrModifyTopics(topic(RENTAL_EVENTS), topic(RENTAL_EVENTS + ".DLT"));
        api = new LedgerApi(port);
    }

    @Test
    void the_contracts_rented_and_car_returned_examples_rent_the_car_out_and_back() {
        var car = registeredCar();
        var rental = UUID.randomUUID().toString();

        publish(EventContract.exampleWith("Rented", Map.of("data.rentalId", rental, "data.carId", car)));
        assertThat(awaitCar(car, "RENTED").path("version").asLong()).isEqualTo(2);

        publish(EventContract.exampleWith("CarReturned", Map.of("data.rentalId", rental, "data.carId", car)));
        assertThat(awaitCar(car, "AVAILABLE").path("version").asLong()).isEqualTo(3);
    }

    @Test
    void the_contracts_rental_cancelled_example_makes_the_car_available_again() {
        var car = registeredCar();
        var rental = UUID.randomUUID().toString();
        publish(EventContract.exampleWith("Rented", Map.of("data.rentalId", rental, "data.carId", car)));
        awaitCar(car, "RENTED");

        publish(EventContract.exampleWith("RentalCancelled", Map.of("data.rentalId", rental, "data.carId", car)));

        assertThat(awaitCar(car, "AVAILABLE").path("version").asLong()).isEqualTo(3);
    }

    @Test
    void a_major_version_of_the_contract_this_ledger_does_not_know_goes_to_the_dead_letter_topic() {
        var car = registeredCar();
        var rental = UUID.randomUUID().toString();

        publish(EventContract.exampleWith("Rented", Map.of("data.rentalId", rental, "data.carId", car,
                "schemaversion", "2.0")));

        try (var deadLetters = new TopicReader(bootstrapServers, RENTAL_EVENTS + ".DLT")) {
            var dead = await().atMost(PATIENCE).until(() -> deadLetters.withKey(rental), records -> !records.isEmpty());
            assertThat(new String(dead.getFirst().headers().lastHeader("kafka_dlt-exception-message").value(), UTF_8))
                    .contains("unsupported schema version 2.0");
        }
        assertThat(car(car).path("status").asString()).isEqualTo("AVAILABLE");
    }

    private void publish(String event) {
        kafka.send(RENTAL_EVENTS, LedgerApi.JSON.readTree(event).path("subject").asString(), event).join();
    }

    private String registeredCar() {
        return api.register(uniquePlate(), "Hyundai Avante", 55_000).path("id").asString();
    }

    private JsonNode car(String car) {
        var response = api.get("/api/cars/" + car, TestTokens.admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    private JsonNode awaitCar(String car, String status) {
        return await().atMost(PATIENCE).until(() -> car(car), shown -> status.equals(shown.path("status").asString()));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(3).replicas(1).build();
    }
}
