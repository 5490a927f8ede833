package com.rentcar.payment.adapter.web;

import static com.rentcar.payment.PaymentApi.assertProblem;
import static com.rentcar.payment.PaymentApi.body;
import static com.rentcar.payment.PaymentApi.json;
import static com.rentcar.payment.PaymentApi.newCharge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.rentcar.payment.PaymentApi;
import com.rentcar.payment.PaymentServiceTest;
import com.rentcar.platform.test.TestTokens;

/** Who may call what, and what a malformed request gets: a 4xx problem that names the field, and nothing stored. */
@PaymentServiceTest
class PaymentAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    PaymentApi api;

    @BeforeEach
    void connect() {
        api = new PaymentApi(port);
    }

    @Test
    void a_customer_cannot_charge_and_nothing_is_stored() {
        var request = newCharge(10_000);

        var response = api.post("/api/payments", TestTokens.customer(UUID.randomUUID()), json(request));

        assertProblem(response, 403);
        assertThat(paymentsWithKey(request.get("idempotencyKey"))).isZero();
    }

    @Test
    void a_call_without_a_token_or_with_a_forged_one_is_401() {
        var request = json(newCharge(10_000));

        assertProblem(api.post("/api/payments", null, request), 401);
        assertProblem(api.post("/api/payments", TestTokens.tampered(UUID.randomUUID()), request), 401);
        assertProblem(api.post("/api/payments", TestTokens.expired(UUID.randomUUID()), request), 401);
        assertProblem(api.get("/api/payments/" + UUID.randomUUID(), null), 401);
        assertProblem(api.get("/api/payments/provider", null), 401);
    }

    @Test
    void customers_get_nothing_here() {
        var customer = TestTokens.customer(UUID.randomUUID());
        var payment = api.approved(newCharge(20_000)).path("paymentId").asString();

        assertProblem(api.get("/api/payments/" + payment, customer), 403);
        assertProblem(api.get("/api/payments/by-key/anything", customer), 403);
        assertProblem(api.get("/api/payments", customer), 403);
        assertProblem(api.post("/api/payments/" + payment + "/cancel", customer, ""), 403);
        assertProblem(api.get("/api/payments/provider", customer), 403);
        assertProblem(api.put("/api/payments/provider", customer, "{\"mode\":\"FAILING\"}"), 403);
        assertThat(body(api.get("/api/payments/" + payment, TestTokens.admin())).path("status").asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void admins_look_and_switch_the_provider_but_do_not_charge_or_cancel() {
        var payment = api.approved(newCharge(20_000)).path("paymentId").asString();

        assertProblem(api.post("/api/payments", TestTokens.admin(), json(newCharge(10_000))), 403);
        assertProblem(api.post("/api/payments/" + payment + "/cancel", TestTokens.admin(), ""), 403);
        assertProblem(api.delete("/api/payments/" + payment, TestTokens.admin()), 403);
        assertThat(api.get("/api/payments/" + payment, TestTokens.admin()).statusCode()).isEqualTo(200);
    }

    @Test
    void the_reservation_service_does_not_list_payments_or_switch_the_provider() {
        assertProblem(api.get("/api/payments", TestTokens.service()), 403);
        assertProblem(api.get("/api/payments/provider", TestTokens.service()), 403);
        assertProblem(api.put("/api/payments/provider", TestTokens.service(), "{\"mode\":\"FAILING\"}"), 403);
        assertThat(body(api.get("/api/payments/provider", TestTokens.admin())).path("mode").asString())
                .isEqualTo("NORMAL");
    }

    static Stream<Arguments> invalid_charges() {
        var ok = "\"idempotencyKey\": \"KEY\", \"reservationId\": \"" + UUID.randomUUID() + "\", \"customerId\": \""
                + UUID.randomUUID() + "\", \"carId\": \"" + UUID.randomUUID() + "\", \"amount\": 55000";
        return Stream.of(
                arguments("key missing", "{" + ok.replace("\"idempotencyKey\": \"KEY\", ", "") + "}", "idempotencyKey"),
                arguments("key null", "{" + ok.replace("\"KEY\"", "null") + "}", "idempotencyKey"),
                arguments("key empty", "{" + ok.replace("KEY", "") + "}", "idempotencyKey"),
                arguments("key blank", "{" + ok.replace("KEY", "   ") + "}", "idempotencyKey"),
                arguments("key of 101 characters", "{" + ok.replace("KEY", "k".repeat(101)) + "}", "idempotencyKey"),
                arguments("key of 10,000 characters", "{" + ok.replace("KEY", "k".repeat(10_000)) + "}", "idempotencyKey"),
                arguments("key with a slash", "{" + ok.replace("KEY", "a/b") + "}", "idempotencyKey"),
                arguments("key not a string", "{" + ok.replace("\"KEY\"", "42") + "}", "idempotencyKey"),
                arguments("reservation missing", "{" + ok.replaceAll("\"reservationId\": \"[^\"]+\", ", "") + "}", "reservationId"),
                arguments("reservation not a uuid", "{" + ok.replaceAll("\"reservationId\": \"[^\"]+\"", "\"reservationId\": \"r-1\"") + "}", "reservationId"),
                arguments("customer missing", "{" + ok.replaceAll("\"customerId\": \"[^\"]+\", ", "") + "}", "customerId"),
                arguments("customer null", "{" + ok.replaceAll("\"customerId\": \"[^\"]+\"", "\"customerId\": null") + "}", "customerId"),
                arguments("car missing", "{" + ok.replaceAll("\"carId\": \"[^\"]+\", ", "") + "}", "carId"),
                arguments("car a number", "{" + ok.replaceAll("\"carId\": \"[^\"]+\"", "\"carId\": 7") + "}", "carId"),
                arguments("amount missing", "{" + ok.replace(", \"amount\": 55000", "") + "}", "amount"),
                arguments("amount zero", "{" + ok.replace("55000", "0") + "}", "amount"),
                arguments("amount negative", "{" + ok.replace("55000", "-1") + "}", "amount"),
                arguments("amount over a billion", "{" + ok.replace("55000", "1000000001") + "}", "amount"),
                arguments("amount with a fraction", "{" + ok.replace("55000", "55000.5") + "}", "amount"),
                arguments("amount as a string", "{" + ok.replace("55000", "\"55000\"") + "}", "amount"),
                arguments("amount beyond a long", "{" + ok.replace("55000", "99999999999999999999") + "}", "amount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid_charges")
    void an_invalid_charge_is_400_naming_the_field_and_stores_nothing(String name, String body, String field) {
        var before = payments();

        var response = api.post("/api/payments", TestTokens.service(), body);

        assertProblem(response, 400);
        assertThat(body(response).path("detail").asString()).contains(field);
        assertThat(payments()).isEqualTo(before);
    }

    @Test
    void a_body_that_is_not_json_or_is_missing_is_400() {
        assertProblem(api.post("/api/payments", TestTokens.service(), "{\"idempotencyKey\": "), 400);
        assertProblem(api.post("/api/payments", TestTokens.service(), ""), 400);
        assertProblem(api.post("/api/payments", TestTokens.service(), "[]"), 400);
    }

    @Test
    void the_limits_themselves_are_accepted() {
        var smallest = newCharge(1);
        var longestKey = "key-" + (UUID.randomUUID() + "" + UUID.randomUUID() + UUID.randomUUID()).replace("-", "");
        smallest.put("idempotencyKey", longestKey);
        var largest = newCharge(1_000_000_000);

        assertThat(longestKey).hasSize(100);
        assertThat(api.approved(smallest).path("amount").asLong()).isEqualTo(1);
        assertThat(api.approved(largest).path("amount").asLong()).isEqualTo(1_000_000_000);
    }

    private int payments() {
        return jdbc.sql("select count(*) from payment").query(Integer.class).single();
    }

    private int paymentsWithKey(Object key) {
        return jdbc.sql("select count(*) from payment where idempotency_key = ?").param(key).query(Integer.class)
                .single();
    }
}
