package com.rentcar.reservation.integration;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rentcar.contracts.EventContract;
import com.rentcar.platform.test.TestTokens;
import com.rentcar.platform.test.TopicReader;

import tools.jackson.databind.JsonNode;

/**
 * Reservation reads {@code car-events} and {@code rental-events} as the contract's examples show them
 * (contracts/, schema 1.0), adjusted to its own cars and reservations: it acts on the types it follows, skips the
 * others without dead-lettering them, and sends a major version it was not written for to the dead-letter topic.
 */
class ContractExamplesAreAcceptedTest extends ReservationServiceTest {

    @Test
    void the_contracts_car_registered_example_puts_the_car_on_offer() {
        var carId = UUID.randomUUID().toString();
        var example = JSON.readTree(EventContract.example("CarRegistered")).path("data");

        publish("car-events", EventContract.exampleWith("CarRegistered", Map.of("data.carId", carId)));

        var car = await().atMost(PATIENCE).until(() -> availableCar(carId), found -> found != null);
        assertThat(car.path("plateNumber")).isEqualTo(example.path("plateNumber"));
        assertThat(car.path("model")).isEqualTo(example.path("model"));
        assertThat(car.path("dailyRate")).isEqualTo(example.path("dailyRate"));
    }

    @Test
    void the_contracts_car_returned_example_completes_the_reservation() {
        var carId = registeredCar(55_000);
        var customerId = UUID.randomUUID();
        var reservationId = reserved(TestTokens.customer(customerId), carId).get("id").asString();

        publish("rental-events", EventContract.exampleWith("CarReturned", Map.of(
                "data.rentalId", UUID.randomUUID().toString(), "data.reservationId", reservationId,
                "data.customerId", customerId.toString(), "data.carId", carId.toString())));

        await().atMost(PATIENCE).until(() -> statusOf(reservationId), "COMPLETED"::equals);
        assertThat(availableCarIds()).contains(carId.toString());
    }

    @Test
    void the_contracts_examples_of_types_reservation_does_not_follow_are_skipped_not_dead_lettered() {
        var carId = UUID.randomUUID().toString();
        var rentalId = UUID.randomUUID().toString();
        var returnedCar = registeredCar(55_000);
        var customerId = UUID.randomUUID();
        var reservationId = reserved(TestTokens.customer(customerId), returnedCar).get("id").asString();

        publish("car-events", EventContract.exampleWith("CarStatusChanged", Map.of("data.carId", carId)));
        publish("car-events", EventContract.exampleWith("CarRegistered", Map.of("data.carId", carId)));
        for (var type : new String[] {"Rented", "RentalCancelled", "CarReturned"}) {
            publish("rental-events", EventContract.exampleWith(type, Map.of("data.rentalId", rentalId,
                    "data.reservationId", reservationId, "data.customerId", customerId.toString(),
                    "data.carId", returnedCar.toString())));
        }

        await().atMost(PATIENCE).until(() -> availableCar(carId) != null);
        await().atMost(PATIENCE).until(() -> statusOf(reservationId), "COMPLETED"::equals);
        try (var cars = new TopicReader(bootstrapServers, "car-events.DLT");
                var rentals = new TopicReader(bootstrapServers, "rental-events.DLT")) {
            assertThat(cars.allWithKey(carId)).isEmpty();
            assertThat(rentals.allWithKey(rentalId)).isEmpty();
        }
    }

    @Test
    void a_major_version_of_the_contract_reservation_does_not_know_goes_to_the_dead_letter_topic() {
        var carId = UUID.randomUUID().toString();
        var rentalId = UUID.randomUUID().toString();

        publish("car-events", EventContract.exampleWith("CarRegistered", Map.of("data.carId", carId,
                "schemaversion", "2.0")));
        publish("rental-events", EventContract.exampleWith("CarReturned", Map.of("data.rentalId", rentalId,
                "schemaversion", "2.0")));

        assertThat(deadLetterReason("car-events.DLT", carId)).contains("unsupported schema version 2.0");
        assertThat(deadLetterReason("rental-events.DLT", rentalId)).contains("unsupported schema version 2.0");
        assertThat(availableCarIds()).doesNotContain(carId);
    }

    private String deadLetterReason(String topic, String key) {
        try (var reader = new TopicReader(bootstrapServers, topic)) {
            var dead = await().atMost(PATIENCE).until(() -> reader.withKey(key), records -> !records.isEmpty());
            return new String(dead.getFirst().headers().lastHeader("kafka_dlt-exception-message").value(), UTF_8);
        }
    }

    private JsonNode availableCar(String carId) {
        return availableCars(customer()).stream()
                .filter(car -> car.get("id").asString().equals(carId)).findFirst().orElse(null);
    }
}
