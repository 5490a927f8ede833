package com.rentcar.payment.adapter.web;

import static com.rentcar.payment.PaymentApi.assertProblem;
import static com.rentcar.payment.PaymentApi.body;
import static com.rentcar.payment.PaymentApi.newCharge;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.rentcar.payment.PaymentApi;
import com.rentcar.payment.PaymentEventsTopic;
import com.rentcar.payment.PaymentServiceTest;
import com.rentcar.payment.adapter.provider.SimulatedPaymentProvider;
import com.rentcar.platform.test.TestTokens;

@PaymentServiceTest
class CancellingPaymentsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SimulatedPaymentProvider provider;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    PaymentApi api;
    PaymentEventsTopic events;

    @BeforeEach
    void connect() {
        api = new PaymentApi(port);
        events = new PaymentEventsTopic(kafka, jdbc);
    }

    @AfterEach
    void providerBackToNormal() {
        api.provider("NORMAL", 5_000L);
    }

    @Test
    void cancelling_refunds_once_and_announces_payment_cancelled_once_however_often_it_is_asked() {
        var request = newCharge(210_000);
        var payment = api.approved(request);
        var id = payment.path("paymentId").asString();

        var first = api.cancel(id);
        var second = api.cancel(id);
        var third = api.cancel(id);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        var cancelled = body(first);
        assertThat(cancelled.path("paymentId").asString()).isEqualTo(id);
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("amount").asLong()).isEqualTo(210_000);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(body(second)).isEqualTo(cancelled);
        assertThat(body(third)).isEqualTo(cancelled);
        assertThat(provider.refundRequests((String) request.get("idempotencyKey"))).isEqualTo(1);
        assertThat(body(api.get("/api/payments/" + id, TestTokens.service())).path("status").asString())
                .isEqualTo("CANCELLED");

        var published = events.about(id);
        assertThat(published).extracting(e -> e.path("type").asString())
                .containsExactly("PaymentApproved", "PaymentCancelled");
        var envelope = published.getLast();
        assertThat(envelope.path("subject").asString()).isEqualTo(id);
        assertThat(envelope.path("source").asString()).isEqualTo("payment");
        assertThat(envelope.path("schemaversion").asString()).isEqualTo("1.0");
        var data = envelope.path("data");
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("paymentId", "reservationId", "customerId",
                "carId", "amount", "cancelledAt");
        assertThat(data.path("paymentId").asString()).isEqualTo(id);
        assertThat(data.path("reservationId").asString()).isEqualTo(request.get("reservationId"));
        assertThat(data.path("customerId").asString()).isEqualTo(request.get("customerId"));
        assertThat(data.path("carId").asString()).isEqualTo(request.get("carId"));
        assertThat(data.path("amount").asLong()).isEqualTo(210_000);
        assertThat(Instant.parse(data.path("cancelledAt").asString()))
                .isEqualTo(Instant.parse(cancelled.path("updatedAt").asString()));
    }

    @Test
    void cancels_racing_for_one_payment_refund_it_once() throws Exception {
        var request = newCharge(33_000);
        var id = api.approved(request).path("paymentId").asString();
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Callable<HttpResponse<String>>>();
        for (int i = 0; i < 5; i++) {
            calls.add(() -> {
                start.await();
                return api.cancel(id);
            });
        }

        var responses = new ArrayList<HttpResponse<String>>();
        try (var pool = Executors.newFixedThreadPool(5)) {
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                responses.add(future.get(30, TimeUnit.SECONDS));
            }
        }

        assertThat(responses).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(body(r).path("status").asString()).isEqualTo("CANCELLED");
        });
        assertThat(provider.refundRequests((String) request.get("idempotencyKey"))).isEqualTo(1);
        assertThat(events.about(id)).extracting(e -> e.path("type").asString())
                .containsExactly("PaymentApproved", "PaymentCancelled");
    }

    @Test
    void a_declined_payment_cannot_be_cancelled() {
        api.provider("DECLINING", null);
        var declined = body(api.charge(newCharge(10_000)));
        api.provider("NORMAL", null);

        var response = api.cancel(declined.path("paymentId").asString());

        assertProblem(response, 409);
        assertThat(body(response).path("detail").asString()).contains("DECLINED").contains("no money was taken");
        assertThat(body(api.get("/api/payments/" + declined.path("paymentId").asString(), TestTokens.admin()))
                .path("status").asString()).isEqualTo("DECLINED");
    }

    @Test
    void cancelling_an_unknown_payment_is_404() {
        var unknown = UUID.randomUUID().toString();

        var response = api.cancel(unknown);

        assertProblem(response, 404);
        assertThat(body(response).path("detail").asString()).contains(unknown);
    }

    @Test
    void a_failing_provider_gives_503_with_retry_after_and_the_payment_stays_approved_until_cancelled_again() {
        var request = newCharge(70_000);
        var id = api.approved(request).path("paymentId").asString();
        api.provider("FAILING", null);

        var failed = api.cancel(id);

        assertProblem(failed, 503);
        assertThat(failed.headers().firstValue("Retry-After")).contains("5");
        assertThat(body(api.get("/api/payments/" + id, TestTokens.service())).path("status").asString())
                .isEqualTo("APPROVED");
        assertThat(events.about(id)).extracting(e -> e.path("type").asString()).containsExactly("PaymentApproved");

        api.provider("NORMAL", null);
        var cancelled = api.cancel(id);

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(body(cancelled).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(events.about(id)).extracting(e -> e.path("type").asString())
                .containsExactly("PaymentApproved", "PaymentCancelled");
    }

    @Test
    void a_refund_left_unanswered_by_a_process_that_died_is_asked_again_by_the_next_cancel() {
        var request = newCharge(80_000);
        var id = api.approved(request).path("paymentId").asString();
        jdbc.sql("""
                update payment set status = 'CANCELLING', version = version + 1, updated_at = now() - interval '10 minutes'
                where id = ?::uuid""").param(id).update();

        var response = api.cancel(id);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body(response).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(events.about(id)).extracting(e -> e.path("type").asString())
                .containsExactly("PaymentApproved", "PaymentCancelled");
    }
}
