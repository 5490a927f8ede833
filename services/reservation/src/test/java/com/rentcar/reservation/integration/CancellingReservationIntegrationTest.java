package com.rentcar.reservation.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rentcar.platform.test.TestTokens;

/** FR6 and authorization: the owner cancels and is refunded, at once or as soon as payment is back. */
class CancellingReservationIntegrationTest extends ReservationServiceTest {

    @Test
    void the_owner_cancels_and_is_refunded_in_the_same_call() {
        var carId = registeredCar(55_000);
        var token = customer();
        var reservation = reserved(token, carId);
        var id = reservation.get("id").asString();
        var paymentId = UUID.fromString(reservation.get("paymentId").asString());

        var answer = cancel(token, id);

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        assertThat(answer.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(answer.body().get("id").asString()).isEqualTo(id);
        assertThat(PAYMENT.successfulCancelCalls(paymentId)).isEqualTo(1);
        assertThat(PAYMENT.payment(paymentId).orElseThrow().refunds.get()).isEqualTo(1);
        assertThat(availableCarIds()).contains(carId.toString());

        var again = cancel(token, id);
        assertThat(again.status()).as("cancelling twice is harmless").isEqualTo(200);
        assertThat(again.body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(PAYMENT.cancelCalls(paymentId)).isEqualTo(1);

        try (var reader = reservationEventsReader()) {
            await().atMost(PATIENCE).until(() -> typesOf(reservationEvents(reader, id)),
                    types -> types.equals(java.util.List.of("ReservationConfirmed", "ReservationCancelled")));
            var cancelled = reservationEvents(reader, id).getLast().get("data");
            assertThat(cancelled.get("paymentId").asString()).isEqualTo(paymentId.toString());
            assertThat(cancelled.get("carId").asString()).isEqualTo(carId.toString());
            assertThat(cancelled.get("cancelledAt").asString()).isNotBlank();
        }
    }

    @Test
    void a_cancellation_while_payment_is_down_is_completed_once_payment_is_back_and_refunded_once() {
        var carId = registeredCar(55_000);
        var token = customer();
        var reservation = reserved(token, carId);
        var id = reservation.get("id").asString();
        var paymentId = UUID.fromString(reservation.get("paymentId").asString());
        PAYMENT.switchTo(PaymentStub.Mode.FAIL);

        var answer = cancel(token, id);

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(202);
        assertThat(answer.body().get("status").asString()).isEqualTo("CANCEL_PENDING");
        assertThat(statusOf(id)).isEqualTo("CANCEL_PENDING");
        assertThat(availableCarIds()).as("the car stays held until the refund").doesNotContain(carId.toString());
        assertThat(cancel(token, id).status()).as("asking again while payment is down").isEqualTo(202);

        PAYMENT.reset(); // payment is back
        await().atMost(PATIENCE).until(() -> statusOf(id), "CANCELLED"::equals);

        assertThat(PAYMENT.successfulCancelCalls(paymentId)).isEqualTo(1);
        assertThat(PAYMENT.payment(paymentId).orElseThrow().refunds.get()).isEqualTo(1);
        assertThat(availableCarIds()).contains(carId.toString());
        try (var reader = reservationEventsReader()) {
            await().atMost(PATIENCE).until(() -> typesOf(reservationEvents(reader, id)), types -> types.equals(
                    java.util.List.of("ReservationConfirmed", "ReservationCancelPending", "ReservationCancelled")));
        }
    }

    @Test
    void another_customer_can_neither_see_nor_cancel_a_reservation() {
        var carId = registeredCar(55_000);
        var owner = customer();
        var reservation = reserved(owner, carId);
        var id = reservation.get("id").asString();
        var paymentId = UUID.fromString(reservation.get("paymentId").asString());
        var stranger = customer();

        var seen = get("/api/reservations/" + id, stranger);
        var cancelled = cancel(stranger, id);

        assertThat(seen.status()).isEqualTo(404);
        assertThat(seen.isProblem()).isTrue();
        assertThat(seen.response().body()).doesNotContain(carId.toString());
        assertThat(cancelled.status()).isEqualTo(404);
        assertThat(get("/api/reservations", stranger).body().isEmpty()).isTrue();
        assertThat(statusOf(id)).isEqualTo("CONFIRMED");
        assertThat(PAYMENT.cancelCalls(paymentId)).isZero();

        assertThat(cancel(TestTokens.admin(), id).status()).as("only the owner cancels").isEqualTo(403);
        assertThat(get("/api/reservations", TestTokens.admin()).body().valueStream()
                .map(r -> r.get("id").asString())).contains(id);
        assertThat(get("/api/reservations/" + id, null).status()).isEqualTo(401);
        assertThat(cancel(null, id).status()).isEqualTo(401);
    }

    @Test
    void unknown_or_malformed_reservation_ids_are_problems() {
        var token = customer();

        var unknown = get("/api/reservations/" + UUID.randomUUID(), token);
        var malformed = get("/api/reservations/not-an-id", token);
        var cancelUnknown = cancel(token, UUID.randomUUID().toString());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(malformed.detail()).contains("id");
        assertThat(cancelUnknown.status()).isEqualTo(404);
    }

    @Test
    void a_customer_sees_their_own_reservations_newest_first() {
        var token = customer();
        var first = reserved(token, registeredCar(55_000)).get("id").asString();
        var second = reserved(token, registeredCar(60_000)).get("id").asString();

        var mine = get("/api/reservations", token);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().valueStream().map(r -> r.get("id").asString())).containsExactly(second, first);
    }
}
