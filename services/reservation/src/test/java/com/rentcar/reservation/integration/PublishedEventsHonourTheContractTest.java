package com.rentcar.reservation.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rentcar.contracts.EventContract;
import com.rentcar.platform.test.TestTokens;

/**
 * Every event on {@code reservation-events}, as another service reads it from the broker, honours the event
 * contract (contracts/, AsyncAPI and JSON Schema): the envelope, the payload of its type, and the key = subject.
 */
class PublishedEventsHonourTheContractTest extends ReservationServiceTest {

    private static final String TOPIC = "reservation-events";

    @Test
    void every_event_published_on_reservation_events_honours_the_contract() {
        var customerId = UUID.randomUUID();
        var token = TestTokens.customer(customerId);
        var cancelled = reserved(token, registeredCar(55_000)).get("id").asString();
        assertThat(cancel(token, cancelled).status()).isEqualTo(200);
        var returnedCar = registeredCar(55_000);
        var completed = reserved(token, returnedCar).get("id").asString();
        publishCarReturned(UUID.randomUUID(), completed, returnedCar.toString(), customerId.toString());
        var pending = reserved(token, registeredCar(55_000)).get("id").asString();
        PAYMENT.switchTo(PaymentStub.Mode.FAIL);
        assertThat(cancel(token, pending).status()).isEqualTo(202);
        PAYMENT.reset(); // the refund completes later, in the background

        try (var reader = reservationEventsReader()) {
            await().atMost(PATIENCE).until(() -> typesOf(reservationEvents(reader, cancelled)),
                    types -> types.equals(List.of("ReservationConfirmed", "ReservationCancelled")));
            await().atMost(PATIENCE).until(() -> typesOf(reservationEvents(reader, completed)),
                    types -> types.equals(List.of("ReservationConfirmed", "ReservationCompleted")));
            await().atMost(PATIENCE).until(() -> typesOf(reservationEvents(reader, pending)),
                    types -> types.contains("ReservationCancelPending"));
            var published = reader.records();

            assertThat(typesOf(published.stream().map(r -> JSON.readTree(r.value())).toList()))
                    .containsAll(EventContract.typesOn(TOPIC));
            published.forEach(record -> EventContract.assertValid(record.key(), record.value()));
        }
    }
}
