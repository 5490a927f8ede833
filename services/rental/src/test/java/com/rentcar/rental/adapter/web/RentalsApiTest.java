package com.rentcar.rental.adapter.web;

import static com.rentcar.rental.support.RentalApi.assertProblem;
import static com.rentcar.rental.support.RentalApi.body;
import static com.rentcar.rental.support.RentalApi.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rentcar.platform.test.TestTokens;
import com.rentcar.rental.support.RentalServiceTest;

import tools.jackson.databind.JsonNode;

/** Staff look at rentals and record returns over HTTP; every refusal is a problem+json that changes nothing. */
class RentalsApiTest extends RentalServiceTest {

    @Test
    void rentals_are_listed_newest_first_with_everything_staff_need() {
        var older = rentedOut(Payment.newPayment());
        var newer = rentedOut(Payment.newPayment());

        var listed = rentals("");

        var ids = listed.stream().map(r -> r.path("id").asString()).toList();
        assertThat(ids).containsSubsequence(newer.path("id").asString(), older.path("id").asString());
        assertThat(newer.propertyNames()).containsExactlyInAnyOrder("id", "reservationId", "paymentId", "customerId",
                "carId", "status", "rentedAt", "cancelledAt", "returnedAt");
        // a rental is recorded when it is rented out (or, never started, when it was cancelled)
        assertThat(listed).extracting(RentalsApiTest::recordedAt).isSortedAccordingTo(Comparator.reverseOrder());
    }

    private static Instant recordedAt(JsonNode rental) {
        var rentedAt = rental.path("rentedAt");
        return Instant.parse(rentedAt.isNull() ? rental.path("cancelledAt").asString() : rentedAt.asString());
    }

    @Test
    void rentals_can_be_listed_by_status() {
        var rented = rentedOut(Payment.newPayment());
        var cancelledPayment = Payment.newPayment();
        var cancelled = rentedOut(cancelledPayment);
        publishCancelled(cancelledPayment);
        awaitRental(cancelledPayment.reservationId(), "CANCELLED");
        var returned = rentedOut(Payment.newPayment());
        ok(api.post("/api/rentals/" + returned.path("id").asString() + "/return", TestTokens.admin()));

        assertThat(rentals("?status=RENTED")).allSatisfy(r -> assertThat(r.path("status").asString()).isEqualTo("RENTED"))
                .extracting(r -> r.path("id")).contains(rented.path("id")).doesNotContain(cancelled.path("id"), returned.path("id"));
        assertThat(rentals("?status=CANCELLED")).allSatisfy(r -> assertThat(r.path("status").asString()).isEqualTo("CANCELLED"))
                .extracting(r -> r.path("id")).contains(cancelled.path("id")).doesNotContain(rented.path("id"));
        assertThat(rentals("?status=RETURNED")).allSatisfy(r -> assertThat(r.path("status").asString()).isEqualTo("RETURNED"))
                .extracting(r -> r.path("id")).contains(returned.path("id")).doesNotContain(rented.path("id"));
    }

    @Test
    void an_unknown_status_is_400_naming_the_parameter() {
        var response = api.get("/api/rentals?status=LOST", TestTokens.admin());

        assertProblem(response, 400);
        assertThat(body(response).path("detail").asString()).contains("status");
        assertProblem(api.get("/api/rentals?status=rented", TestTokens.admin()), 400);
    }

    @Test
    void one_rental_is_looked_up_by_its_id() {
        var payment = Payment.newPayment();
        var listed = rentedOut(payment);

        var rental = ok(api.get("/api/rentals/" + listed.path("id").asString(), TestTokens.admin()));

        assertThat(rental).isEqualTo(listed);
        assertThat(rental.path("reservationId").asString()).isEqualTo(payment.reservationId().toString());
        assertThat(rental.path("status").asString()).isEqualTo("RENTED");
    }

    @Test
    void an_unknown_rental_is_404_and_an_id_that_is_not_a_uuid_is_400() {
        assertProblem(api.get("/api/rentals/" + UUID.randomUUID(), TestTokens.admin()), 404);
        assertProblem(api.post("/api/rentals/" + UUID.randomUUID() + "/return", TestTokens.admin()), 404);
        var notAnId = api.get("/api/rentals/not-a-uuid", TestTokens.admin());
        assertProblem(notAnId, 400);
        assertThat(body(notAnId).path("detail").asString()).contains("id");
        assertProblem(api.post("/api/rentals/" + "x".repeat(1_000) + "/return", TestTokens.admin()), 400);
    }

    @Test
    void a_return_makes_the_rental_returned_and_announces_car_returned() {
        var payment = Payment.newPayment();
        var rentalId = rentedOut(payment).path("id").asString();

        var returned = ok(api.post("/api/rentals/" + rentalId + "/return", TestTokens.admin()));

        assertThat(returned.path("id").asString()).isEqualTo(rentalId);
        assertThat(returned.path("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.path("returnedAt").asString()).isNotBlank();
        assertThat(returned.path("cancelledAt").isNull()).isTrue();
        assertThat(ok(api.get("/api/rentals/" + rentalId, TestTokens.admin()))).isEqualTo(returned);

        var events = rentalEvents(rentalId);
        assertThat(types(events)).containsExactly("Rented", "CarReturned");
        var carReturned = events.getLast();
        assertEnvelope(carReturned, "CarReturned", rentalId);
        JsonNode data = carReturned.path("data");
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("rentalId", "reservationId", "customerId", "carId",
                "returnedAt");
        assertThat(data.path("rentalId").asString()).isEqualTo(rentalId);
        assertThat(data.path("reservationId").asString()).isEqualTo(payment.reservationId().toString());
        assertThat(data.path("customerId").asString()).isEqualTo(payment.customerId().toString());
        assertThat(data.path("carId").asString()).isEqualTo(payment.carId().toString());
        assertThat(Instant.parse(data.path("returnedAt").asString()))
                .isEqualTo(Instant.parse(returned.path("returnedAt").asString()));
    }

    @Test
    void recording_a_return_twice_answers_the_same_and_announces_it_once() {
        var rentalId = rentedOut(Payment.newPayment()).path("id").asString();
        var first = ok(api.post("/api/rentals/" + rentalId + "/return", TestTokens.admin()));

        var second = ok(api.post("/api/rentals/" + rentalId + "/return", TestTokens.admin()));

        assertThat(second).isEqualTo(first);
        assertThat(types(rentalEvents(rentalId))).containsExactly("Rented", "CarReturned");
    }

    @Test
    void the_return_of_a_cancelled_rental_is_409_and_changes_nothing() {
        var payment = Payment.newPayment();
        var rentalId = rentedOut(payment).path("id").asString();
        publishCancelled(payment);
        var cancelled = awaitRental(payment.reservationId(), "CANCELLED");

        var response = api.post("/api/rentals/" + rentalId + "/return", TestTokens.admin());

        assertProblem(response, 409);
        assertThat(body(response).path("detail").asString()).contains(rentalId).contains("CANCELLED");
        assertThat(ok(api.get("/api/rentals/" + rentalId, TestTokens.admin()))).isEqualTo(cancelled);
        assertThat(types(rentalEvents(rentalId))).containsExactly("Rented", "RentalCancelled");
    }

    @Test
    void a_car_returned_can_be_rented_out_again_by_its_next_reservation() {
        var carId = UUID.randomUUID();
        var first = rentedOut(Payment.forCar(carId)).path("id").asString();
        ok(api.post("/api/rentals/" + first + "/return", TestTokens.admin()));

        var next = rentedOut(Payment.forCar(carId));

        assertThat(next.path("carId").asString()).isEqualTo(carId.toString());
        await().atMost(PATIENCE).until(() -> rentals("?status=RENTED").stream()
                .filter(r -> r.path("carId").asString().equals(carId.toString())).count() == 1);
    }
}
