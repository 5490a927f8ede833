package com.rentcar.payment.adapter.web;

import static com.rentcar.payment.PaymentApi.assertProblem;
import static com.rentcar.payment.PaymentApi.body;
import static com.rentcar.payment.PaymentApi.newCharge;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rentcar.payment.PaymentApi;
import com.rentcar.payment.PaymentServiceTest;
import com.rentcar.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

@PaymentServiceTest
class ReconcilingAndViewingPaymentsTest {

    @LocalServerPort
    int port;

    PaymentApi api;

    @BeforeEach
    void connect() {
        api = new PaymentApi(port);
    }

    @Test
    void a_call_that_timed_out_is_reconciled_by_its_idempotency_key() {
        var request = newCharge(45_000);
        var payment = api.approved(request);
        var path = "/api/payments/by-key/" + request.get("idempotencyKey");

        var asService = api.get(path, TestTokens.service());
        var asAdmin = api.get(path, TestTokens.admin());

        assertThat(asService.statusCode()).as(asService.body()).isEqualTo(200);
        assertThat(body(asService)).isEqualTo(payment);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(body(asAdmin)).isEqualTo(payment);
    }

    @Test
    void a_key_that_never_paid_is_404_and_a_key_that_cannot_exist_is_400() {
        var unknown = api.get("/api/payments/by-key/never-used-" + UUID.randomUUID(), TestTokens.service());
        var tooLong = api.get("/api/payments/by-key/" + "k".repeat(101), TestTokens.service());

        assertProblem(unknown, 404);
        assertThat(body(unknown).path("detail").asString()).contains("never-used-");
        assertProblem(tooLong, 400);
        assertThat(body(tooLong).path("detail").asString()).contains("idempotencyKey");
    }

    @Test
    void one_payment_is_shown_to_the_reservation_service_and_to_admins() {
        var payment = api.approved(newCharge(15_000));
        var path = "/api/payments/" + payment.path("paymentId").asString();

        assertThat(body(api.get(path, TestTokens.service()))).isEqualTo(payment);
        assertThat(body(api.get(path, TestTokens.admin()))).isEqualTo(payment);
        assertProblem(api.get("/api/payments/" + UUID.randomUUID(), TestTokens.admin()), 404);
        var notAnId = api.get("/api/payments/not-a-uuid", TestTokens.admin());
        assertProblem(notAnId, 400);
        assertThat(body(notAnId).path("detail").asString()).contains("id");
    }

    @Test
    void admins_list_payments_newest_first_and_for_one_reservation() {
        var first = newCharge(11_000);
        var second = newCharge(12_000);
        second.put("reservationId", first.get("reservationId"));
        var older = api.approved(first);
        var newer = api.approved(second);
        var unrelated = api.approved(newCharge(13_000));

        var forReservation = api.get("/api/payments?reservationId=" + first.get("reservationId"), TestTokens.admin());
        var newest = api.get("/api/payments?limit=2", TestTokens.admin());

        assertThat(forReservation.statusCode()).as(forReservation.body()).isEqualTo(200);
        assertThat(body(forReservation).valueStream().map(p -> p.path("paymentId")).toList())
                .containsExactly(newer.path("paymentId"), older.path("paymentId"));
        assertThat(newest.statusCode()).isEqualTo(200);
        assertThat(body(newest).valueStream().map(JsonNode::deepCopy).toList()).containsExactly(unrelated, newer);
        assertProblem(api.get("/api/payments?limit=0", TestTokens.admin()), 400);
        assertProblem(api.get("/api/payments?limit=1001", TestTokens.admin()), 400);
        assertProblem(api.get("/api/payments?reservationId=nope", TestTokens.admin()), 400);
    }
}
