package com.rentcar.reservation.integration;

import com.rentcar.platform.test.TopicReader;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rentcar.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

/**
 * F1 and FR8: the catalogue is built from management's events, CarReturned frees the car, and the
 * consumers are idempotent and send what breaks the contract to the dead-letter topic.
 */
class CarEventsIntegrationTest extends ReservationServiceTest {

    @Test
    void a_registered_car_can_be_reserved_without_asking_management() {
        var carId = UUID.randomUUID();

        publishCarRegistered(UUID.randomUUID(), carId, "12가3456", "Kia K5", 65_000);

        var car = await().atMost(PATIENCE).until(() -> availableCar(TestTokens.customer(UUID.randomUUID()), carId),
                c -> c != null);
        assertThat(car.get("plateNumber").asString()).isEqualTo("12가3456");
        assertThat(car.get("model").asString()).isEqualTo("Kia K5");
        assertThat(car.get("dailyRate").asLong()).isEqualTo(65_000);
        assertThat(car.propertyNames()).containsExactlyInAnyOrder("id", "plateNumber", "model", "dailyRate");
        assertThat(availableCar(TestTokens.admin(), carId)).isEqualTo(car);
    }

    @Test
    void a_redelivered_or_repeated_registration_changes_nothing() {
        var carId = UUID.randomUUID();
        var eventId = UUID.randomUUID();
        publishCarRegistered(eventId, carId, "34나5678", "Kia Morning", 30_000);
        await().atMost(PATIENCE).until(() -> availableCarIds().contains(carId.toString()));

        var repeatId = UUID.randomUUID();
        publishCarRegistered(eventId, carId, "34나5678", "Redelivered", 1);
        publishCarRegistered(repeatId, carId, "99나9999", "Late copy", 2);
        await().atMost(PATIENCE).until(() -> processed(repeatId));

        assertThat(processed(eventId)).isTrue();
        var car = availableCar(customer(), carId);
        assertThat(car.get("model").asString()).isEqualTo("Kia Morning");
        assertThat(car.get("dailyRate").asLong()).isEqualTo(30_000);
        assertThat(availableCarIds()).filteredOn(carId.toString()::equals).hasSize(1);
    }

    @Test
    void messages_that_break_the_contract_go_to_the_dead_letter_topic_and_the_partition_keeps_flowing() {
        var key = UUID.randomUUID().toString();
        kafka.send("car-events", key, "{ this is not an event").join();
        kafka.send("car-events", key, envelope(UUID.randomUUID(), "CarRegistered", "management", key, "2.0",
                Map.of("carId", key, "plateNumber", "1", "model", "m", "dailyRate", 1,
                        "registeredAt", Instant.now().toString()))).join();
        kafka.send("car-events", key, envelope(UUID.randomUUID(), "CarRegistered", "management", key, "1.0",
                Map.of("carId", key, "plateNumber", "1", "model", "m", "dailyRate", -5,
                        "registeredAt", Instant.now().toString()))).join();
        var carId = UUID.fromString(key);
        publishCarRegistered(UUID.randomUUID(), carId, "56다7890", "Hyundai Sonata", 60_000);

        try (var reader = new TopicReader(bootstrapServers, "car-events.DLT")) {
            var dead = await().atMost(PATIENCE).until(() -> reader.withKey(key), records -> records.size() == 3);
            assertThat(dead).allSatisfy(record -> assertThat(record.headers().lastHeader("kafka_dlt-exception-message"))
                    .isNotNull());
            assertThat(new String(dead.get(1).headers().lastHeader("kafka_dlt-exception-message").value(), UTF_8))
                    .contains("unsupported schema version 2.0");
        }
        await().atMost(PATIENCE).until(() -> availableCarIds().contains(key));
        assertThat(availableCar(customer(), carId).get("model").asString()).isEqualTo("Hyundai Sonata");
    }

    @Test
    void a_returned_car_completes_the_reservation_and_is_on_offer_again() {
        var carId = registeredCar(55_000);
        var customerId = UUID.randomUUID();
        var token = TestTokens.customer(customerId);
        var first = reserved(token, carId).get("id").asString();
        assertThat(availableCarIds()).doesNotContain(carId.toString());

        var returned = UUID.randomUUID();
        publishCarReturned(returned, first, carId.toString(), customerId.toString());

        await().atMost(PATIENCE).until(() -> statusOf(first), "COMPLETED"::equals);
        assertThat(availableCarIds()).contains(carId.toString());
        assertThat(cancel(token, first).status()).as("a completed reservation cannot be cancelled").isEqualTo(409);

        var second = reserved(token, carId).get("id").asString();
        publishCarReturned(returned, first, carId.toString(), customerId.toString()); // redelivered
        var late = UUID.randomUUID();
        publishCarReturned(late, first, carId.toString(), customerId.toString()); // a late copy
        await().atMost(PATIENCE).until(() -> processed(late));

        assertThat(statusOf(first)).isEqualTo("COMPLETED");
        assertThat(statusOf(second)).as("an old return never frees the car of a newer reservation").isEqualTo("CONFIRMED");
        assertThat(availableCarIds()).doesNotContain(carId.toString());
        try (var reader = reservationEventsReader()) {
            await().atMost(PATIENCE).until(() -> typesOf(reservationEvents(reader, first)),
                    types -> types.equals(List.of("ReservationConfirmed", "ReservationCompleted")));
            JsonNode completed = reservationEvents(reader, first).getLast().get("data");
            assertThat(completed.get("customerId").asString()).isEqualTo(customerId.toString());
            assertThat(completed.get("carId").asString()).isEqualTo(carId.toString());
            assertThat(completed.get("completedAt").asString()).isNotBlank();
        }
    }

    @Test
    void a_reservation_left_awaiting_payment_by_a_crash_is_confirmed_when_payment_approved_it() {
        var carId = registeredCar(55_000);
        var reservationId = UUID.randomUUID();
        var customerId = UUID.randomUUID();
        var payment = PAYMENT.approvedEarlier("reserve-" + reservationId, reservationId, carId, 110_000);
        crashedWhileAwaitingPayment(reservationId, customerId, carId);

        await().atMost(PATIENCE).until(() -> get("/api/reservations/" + reservationId, TestTokens.admin()).status() == 200);

        var reservation = get("/api/reservations/" + reservationId, TestTokens.customer(customerId)).body();
        assertThat(reservation.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(reservation.get("paymentId").asString()).isEqualTo(payment.id.toString());
        assertThat(payment.status).isEqualTo("APPROVED");
        try (var reader = reservationEventsReader()) {
            await().atMost(PATIENCE).until(() -> typesOf(reservationEvents(reader, reservationId.toString())),
                    types -> types.equals(List.of("ReservationConfirmed")));
        }
    }

    @Test
    void a_reservation_left_awaiting_payment_by_a_crash_is_released_when_no_payment_was_made() {
        var carId = registeredCar(55_000);
        var reservationId = UUID.randomUUID();
        crashedWhileAwaitingPayment(reservationId, UUID.randomUUID(), carId);
        // The reconciler may release the hold at any moment; while the row is still there after the read,
        // the read happened during the hold and must not have offered the car.
        var offeredDuringHold = availableCarIds();
        if (reservationRowsForCar(carId) == 1) {
            assertThat(offeredDuringHold).as("a car held for a payment is not on offer").doesNotContain(carId.toString());
        }

        await().atMost(PATIENCE).until(() -> reservationRowsForCar(carId) == 0);

        assertThat(availableCarIds()).contains(carId.toString());
        assertThat(PAYMENT.paymentsForCar(carId)).isEmpty();
    }

    /** What a crash between holding the car and hearing from payment leaves behind. */
    private void crashedWhileAwaitingPayment(UUID reservationId, UUID customerId, UUID carId) {
        var heldAt = Instant.now().minus(1, ChronoUnit.MINUTES);
        jdbc.sql("""
                insert into reservation (id, customer_id, car_id, plate_number, model, pickup_date, return_date, amount,
                                         status, created_at, updated_at)
                values (?, ?, ?, '11가1111', 'Hyundai Avante', ?, ?, 110000, 'PAYMENT_PENDING', ?, ?)""")
                .params(reservationId, customerId, carId, today().plusDays(1), today().plusDays(3),
                        java.sql.Timestamp.from(heldAt), java.sql.Timestamp.from(heldAt))
                .update();
    }

    private boolean processed(UUID eventId) {
        return jdbc.sql("select count(*) from processed_event where event_id = ?").param(eventId)
                .query(Long.class).single() > 0;
    }

    private JsonNode availableCar(String token, UUID carId) {
        return availableCars(token).stream()
                .filter(car -> car.get("id").asString().equals(carId.toString())).findFirst().orElse(null);
    }
}
