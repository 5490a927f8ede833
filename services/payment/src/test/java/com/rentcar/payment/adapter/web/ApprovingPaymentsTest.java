package com.rentcar.payment.adapter.web;

import static com.rentcar.payment.PaymentApi.assertProblem;
import static com.rentcar.payment.PaymentApi.body;
import static com.rentcar.payment.PaymentApi.newCharge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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
class ApprovingPaymentsTest {

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
    void the_reservation_service_charges_a_reservation_and_payment_approved_is_published_with_the_whole_envelope() {
        var before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var request = newCharge(165_000);

        var response = api.charge(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        var payment = body(response);
        var id = payment.path("paymentId").asString();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(payment.path("idempotencyKey").asString()).isEqualTo(request.get("idempotencyKey"));
        assertThat(payment.path("reservationId").asString()).isEqualTo(request.get("reservationId"));
        assertThat(payment.path("customerId").asString()).isEqualTo(request.get("customerId"));
        assertThat(payment.path("carId").asString()).isEqualTo(request.get("carId"));
        assertThat(payment.path("amount").isIntegralNumber()).isTrue();
        assertThat(payment.path("amount").asLong()).isEqualTo(165_000);
        assertThat(payment.path("status").asString()).isEqualTo("APPROVED");
        var createdAt = Instant.parse(payment.path("createdAt").asString());
        var updatedAt = Instant.parse(payment.path("updatedAt").asString());
        assertThat(createdAt).isBetween(before, Instant.now());
        assertThat(updatedAt).isBetween(createdAt, Instant.now());
        assertThat(response.headers().firstValue("Location")).contains("/api/payments/" + id);
        assertThat(provider.approvalRequests((String) request.get("idempotencyKey"))).isEqualTo(1);

        var published = events.about(id);
        assertThat(published).hasSize(1);
        var envelope = published.getFirst();
        assertThat(envelope.path("specversion").asString()).isEqualTo("1.0");
        assertThat(UUID.fromString(envelope.path("id").asString())).isNotNull();
        assertThat(envelope.path("type").asString()).isEqualTo("PaymentApproved");
        assertThat(envelope.path("source").asString()).isEqualTo("payment");
        assertThat(envelope.path("subject").asString()).isEqualTo(id);
        assertThat(envelope.path("schemaversion").asString()).isEqualTo("1.0");
        assertThat(envelope.path("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(Instant.parse(envelope.path("time").asString())).isBetween(before, Instant.now());
        var data = envelope.path("data");
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("paymentId", "reservationId", "customerId",
                "carId", "amount", "approvedAt");
        assertThat(data.path("paymentId").asString()).isEqualTo(id);
        assertThat(data.path("reservationId").asString()).isEqualTo(request.get("reservationId"));
        assertThat(data.path("customerId").asString()).isEqualTo(request.get("customerId"));
        assertThat(data.path("carId").asString()).isEqualTo(request.get("carId"));
        assertThat(data.path("amount").isIntegralNumber()).isTrue();
        assertThat(data.path("amount").asLong()).isEqualTo(165_000);
        assertThat(Instant.parse(data.path("approvedAt").asString())).isEqualTo(updatedAt);
    }

    @Test
    void the_same_key_again_returns_the_stored_payment_without_charging_again() {
        var request = newCharge(40_000);
        var first = api.approved(request);

        var again = api.charge(request);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(body(again)).isEqualTo(first);
        assertThat(paymentsWithKey(request.get("idempotencyKey"))).isEqualTo(1);
        assertThat(provider.approvalRequests((String) request.get("idempotencyKey"))).isEqualTo(1);
        assertThat(events.about(first.path("paymentId").asString())).hasSize(1);
    }

    @Test
    void ten_identical_calls_at_once_make_one_payment_charged_once_and_announced_once() throws Exception {
        var request = newCharge(77_000);
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Callable<HttpResponse<String>>>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> {
                start.await();
                return api.charge(request);
            });
        }

        var responses = new ArrayList<HttpResponse<String>>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                responses.add(future.get(30, TimeUnit.SECONDS));
            }
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnlyOnce(201)
                .filteredOn(status -> status != 201).containsOnly(200);
        var ids = responses.stream().map(r -> body(r).path("paymentId").asString()).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(responses).allSatisfy(r -> assertThat(body(r).path("status").asString()).isEqualTo("APPROVED"));
        assertThat(paymentsWithKey(request.get("idempotencyKey"))).isEqualTo(1);
        assertThat(provider.approvalRequests((String) request.get("idempotencyKey"))).isEqualTo(1);
        assertThat(events.staged(ids.getFirst())).isEqualTo(1);
        assertThat(events.about(ids.getFirst())).hasSize(1);
    }

    @Test
    void the_same_key_for_another_charge_is_refused_with_409_and_changes_nothing() {
        var request = newCharge(50_000);
        var first = api.approved(request);
        var otherAmount = new java.util.LinkedHashMap<>(request);
        otherAmount.put("amount", 50_001);
        var otherReservation = new java.util.LinkedHashMap<>(request);
        otherReservation.put("reservationId", UUID.randomUUID().toString());

        var byAmount = api.charge(otherAmount);
        var byReservation = api.charge(otherReservation);

        assertProblem(byAmount, 409);
        assertThat(body(byAmount).path("detail").asString()).contains((String) request.get("idempotencyKey"))
                .contains(first.path("paymentId").asString());
        assertProblem(byReservation, 409);
        assertThat(paymentsWithKey(request.get("idempotencyKey"))).isEqualTo(1);
        assertThat(provider.approvalRequests((String) request.get("idempotencyKey"))).isEqualTo(1);
        assertThat(events.about(first.path("paymentId").asString())).hasSize(1);
    }

    @Test
    void a_declining_provider_gives_a_declined_payment_that_announces_nothing() {
        api.provider("DECLINING", null);
        var request = newCharge(90_000);

        var declined = api.charge(request);
        var again = api.charge(request);

        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(201);
        var payment = body(declined);
        assertThat(payment.path("status").asString()).isEqualTo("DECLINED");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again)).isEqualTo(payment);
        var id = payment.path("paymentId").asString();
        assertThat(jdbc.sql("select status from payment where id = ?::uuid").param(id).query(String.class).single())
                .isEqualTo("DECLINED");
        assertThat(events.staged(id)).isZero();
        assertThat(events.about(id)).isEmpty();
    }

    @Test
    void a_failing_provider_gives_503_with_retry_after_and_stores_nothing_so_the_same_key_can_pay_later() {
        api.provider("FAILING", null);
        var request = newCharge(120_000);

        var failed = api.charge(request);

        assertProblem(failed, 503);
        assertThat(failed.headers().firstValue("Retry-After")).contains("5");
        assertThat(body(failed).path("detail").asString()).contains("nothing was charged");
        assertThat(paymentsWithKey(request.get("idempotencyKey"))).isZero();
        assertProblem(api.get("/api/payments/by-key/" + request.get("idempotencyKey"), TestTokens.service()), 404);

        api.provider("NORMAL", null);
        var retried = api.charge(request);

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(body(retried).path("status").asString()).isEqualTo("APPROVED");
        assertThat(events.about(body(retried).path("paymentId").asString())).hasSize(1);
    }

    @Test
    void a_slow_provider_holds_no_transaction_and_a_repeated_call_that_outwaits_its_patience_is_told_to_retry()
            throws Exception {
        // slow enough that seeing PENDING and asking again (which waits 3 s for the first call) both fit in it, even on
        // a loaded machine
        api.provider("SLOW", 12_000L);
        var request = newCharge(30_000);
        var key = (String) request.get("idempotencyKey");

        var first = CompletableFuture.supplyAsync(() -> api.charge(request));
        var pending = await().atMost(Duration.ofSeconds(8)).until(
                () -> api.get("/api/payments/by-key/" + key, TestTokens.service()), r -> r.statusCode() == 200);
        assertThat(body(pending).path("status").asString())
                .as("the PENDING payment was committed before the provider was asked").isEqualTo("PENDING");

        var repeated = api.charge(request);

        assertProblem(repeated, 409);
        assertThat(repeated.headers().firstValue("Retry-After")).contains("1");
        assertThat(body(repeated).path("detail").asString()).contains(key).contains("ask again");
        var answered = first.get(30, TimeUnit.SECONDS);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        assertThat(body(answered).path("paymentId")).isEqualTo(body(pending).path("paymentId"));
        assertThat(body(answered).path("status").asString()).isEqualTo("APPROVED");
        assertThat(provider.approvalRequests(key)).isEqualTo(1);
        assertThat(body(api.charge(request)).path("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void a_payment_left_pending_by_a_process_that_died_is_asked_again_by_the_next_call_with_its_key() {
        var request = newCharge(60_000);
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into payment (id, idempotency_key, reservation_id, customer_id, car_id, amount, status, version,
                                     created_at, updated_at)
                values (?, ?, ?::uuid, ?::uuid, ?::uuid, ?, 'PENDING', 1, now() - interval '10 minutes',
                        now() - interval '10 minutes')""")
                .params(id, request.get("idempotencyKey"), request.get("reservationId"), request.get("customerId"),
                        request.get("carId"), request.get("amount"))
                .update();

        var response = api.charge(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(body(response).path("paymentId").asString()).isEqualTo(id.toString());
        assertThat(body(response).path("status").asString()).isEqualTo("APPROVED");
        assertThat(events.about(id.toString())).extracting(e -> e.path("type").asString())
                .containsExactly("PaymentApproved");
    }

    private int paymentsWithKey(Object key) {
        return jdbc.sql("select count(*) from payment where idempotency_key = ?").param(key).query(Integer.class)
                .single();
    }
}
