package com.rentcar.reservation.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.rentcar.platform.test.TestTokens;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/** T1, F2 and no double booking: reserving and paying in one step, against a real payment HTTP server. */
class ReservingCarIntegrationTest extends ReservationServiceTest {

    @Test
    void a_customer_reserves_an_available_car_and_pays_in_the_same_step() {
        var carId = registeredCar(55_000);
        var customerId = UUID.randomUUID();
        var token = TestTokens.customer(customerId);

        var answer = reserve(token, carId, today().plusDays(2), today().plusDays(5));

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        var body = answer.body();
        var id = body.get("id").asString();
        assertThat(answer.header("Location")).isEqualTo("/api/reservations/" + id);
        assertThat(body.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(body.get("carId").asString()).isEqualTo(carId.toString());
        assertThat(body.get("customerId").asString()).isEqualTo(customerId.toString());
        assertThat(body.get("pickupDate").asString()).isEqualTo(today().plusDays(2).toString());
        assertThat(body.get("returnDate").asString()).isEqualTo(today().plusDays(5).toString());
        assertThat(body.get("amount").asLong()).isEqualTo(3 * 55_000);
        assertThat(body.get("model").asString()).isEqualTo("Hyundai Avante");
        assertThat(body.get("plateNumber").asString()).isNotBlank();
        assertThat(body.get("createdAt").asString()).isNotBlank();

        var payment = PAYMENT.paymentsForCar(carId);
        assertThat(payment).singleElement().satisfies(p -> {
            assertThat(p.key).isEqualTo("reserve-" + id);
            assertThat(p.amount).isEqualTo(3 * 55_000);
            assertThat(p.status).isEqualTo("APPROVED");
            assertThat(body.get("paymentId").asString()).isEqualTo(p.id.toString());
        });
        assertThat(PAYMENT.calls()).filteredOn(c -> c.path().equals("/api/payments"))
                .singleElement().satisfies(c -> assertThat(c.authorization()).startsWith("Bearer stub-token-"));

        assertThat(availableCarIds()).doesNotContain(carId.toString());
        assertThat(get("/api/reservations/" + id, token).body()).isEqualTo(body);
        assertThat(get("/api/reservations", token).body().valueStream().map(r -> r.get("id").asString()))
                .containsExactly(id);

        try (var reader = reservationEventsReader()) {
            var events = await().atMost(PATIENCE).until(() -> reservationEvents(reader, id), e -> !e.isEmpty());
            assertThat(typesOf(events)).containsExactly("ReservationConfirmed");
            var event = events.getFirst();
            assertThat(event.get("source").asString()).isEqualTo("reservation");
            assertThat(event.get("subject").asString()).isEqualTo(id);
            assertThat(event.get("schemaversion").asString()).isEqualTo("1.0");
            var data = event.get("data");
            assertThat(data.get("reservationId").asString()).isEqualTo(id);
            assertThat(data.get("customerId").asString()).isEqualTo(customerId.toString());
            assertThat(data.get("carId").asString()).isEqualTo(carId.toString());
            assertThat(data.get("plateNumber").asString()).isEqualTo(body.get("plateNumber").asString());
            assertThat(data.get("model").asString()).isEqualTo("Hyundai Avante");
            assertThat(data.get("pickupDate").asString()).isEqualTo(today().plusDays(2).toString());
            assertThat(data.get("returnDate").asString()).isEqualTo(today().plusDays(5).toString());
            assertThat(data.get("amount").asLong()).isEqualTo(3 * 55_000);
            assertThat(data.get("paymentId").asString()).isEqualTo(body.get("paymentId").asString());
            assertThat(data.get("confirmedAt").asString()).isNotBlank();
        }
    }

    @Test
    void the_service_token_is_reused_and_renewed_when_payment_refuses_it() {
        reserved(customer(), registeredCar(55_000));
        int logins = PAYMENT.logins();

        reserved(customer(), registeredCar(55_000));
        assertThat(PAYMENT.logins()).as("the token is reused").isEqualTo(logins);

        PAYMENT.refuseIssuedTokens();
        reserved(customer(), registeredCar(55_000));
        assertThat(PAYMENT.logins()).as("a refused token is replaced by a new login").isEqualTo(logins + 1);
        assertThat(PAYMENT.calls()).filteredOn(c -> c.path().equals("/api/payments")).extracting(PaymentStub.Call::status)
                .containsExactly(201, 201, 401, 201);
    }

    @Test
    void a_car_picked_up_and_returned_today_costs_one_day() {
        var carId = registeredCar(70_000);

        var answer = reserve(customer(), carId, today(), today());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("amount").asLong()).isEqualTo(70_000);
    }

    @Test
    void a_declined_payment_answers_402_and_holds_nothing() {
        var carId = registeredCar(55_000);
        PAYMENT.switchTo(PaymentStub.Mode.DECLINE);

        var answer = reserve(customer(), carId, today().plusDays(1), today().plusDays(2));

        assertThat(answer.status()).isEqualTo(402);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("declined");
        assertThat(reservationRowsForCar(carId)).isZero();
        assertThat(availableCarIds()).contains(carId.toString());
    }

    @Test
    void payment_failing_answers_503_with_retry_after_and_holds_or_charges_nothing() {
        var carId = registeredCar(55_000);
        PAYMENT.switchTo(PaymentStub.Mode.FAIL);

        var answer = reserve(customer(), carId, today().plusDays(1), today().plusDays(2));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.detail()).contains("Payment is unavailable");
        assertThat(Long.parseLong(answer.header("Retry-After"))).isPositive();
        assertThat(reservationRowsForCar(carId)).isZero();
        assertThat(PAYMENT.paymentsForCar(carId)).isEmpty();
        assertThat(availableCarIds()).contains(carId.toString());

        PAYMENT.reset();
        assertThat(reserve(customer(), carId, today().plusDays(1), today().plusDays(2)).status())
                .as("payment back: the same car can be reserved").isEqualTo(201);
    }

    @Test
    void repeated_failures_open_the_breaker_which_then_answers_at_once_without_calling_payment() {
        var carId = registeredCar(55_000);
        PAYMENT.switchTo(PaymentStub.Mode.FAIL);
        var breaker = breakers.circuitBreaker("payment");
        for (int i = 0; i < 10 && breaker.getState() != CircuitBreaker.State.OPEN; i++) {
            assertThat(reserve(customer(), carId, today().plusDays(1), today().plusDays(2)).status()).isEqualTo(503);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        var callsWhenOpened = PAYMENT.approvalCalls();
        assertThat(callsWhenOpened).as("the breaker opened after a few failures").isBetween(5L, 10L);

        for (int i = 0; i < 5; i++) {
            var answer = reserve(customer(), carId, today().plusDays(1), today().plusDays(2));

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.isProblem()).isTrue();
            assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 5L);
        }
        assertThat(PAYMENT.approvalCalls()).as("payment is not called while the breaker is open")
                .isEqualTo(callsWhenOpened);
        assertThat(reservationRowsForCar(carId)).isZero();
        assertThat(availableCarIds()).contains(carId.toString());
    }

    @Test
    void a_slow_payment_gets_a_bounded_answer_and_reconciliation_leaves_no_money_without_a_reservation() {
        var carId = registeredCar(55_000);
        PAYMENT.switchTo(PaymentStub.Mode.SLOW);

        // the stub holds the call until releaseSlowCalls(): an answer before that is the client timeout's
        var answer = reserve(customer(), carId, today().plusDays(1), today().plusDays(2));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isNotNull();
        assertThat(availableCarIds()).as("nothing is held").contains(carId.toString());

        PAYMENT.releaseSlowCalls(); // payment finally approves the charge the customer gave up on
        var charged = await().atMost(PATIENCE).until(() -> PAYMENT.paymentsForCar(carId), p -> !p.isEmpty()).getFirst();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(charged.status).isEqualTo("CANCELLED");
            assertThat(reservationRowsForCar(carId)).isZero();
        });
        assertThat(charged.refunds.get()).isEqualTo(1);
        assertThat(availableCarIds()).contains(carId.toString());
    }

    @Test
    void a_burst_of_reservations_reaches_payment_at_most_eight_at_a_time_the_rest_wait_their_turn() throws Exception {
        var cars = new ArrayList<UUID>();
        for (int i = 0; i < 12; i++) {
            cars.add(registeredCar(55_000));
        }
        PAYMENT.switchTo(PaymentStub.Mode.SLOW);
        List<Future<Answer>> burst = new ArrayList<>();
        try (var customers = Executors.newFixedThreadPool(cars.size())) {
            for (var car : cars) {
                var token = customer();
                burst.add(customers.submit(() -> reserve(token, car, today().plusDays(1), today().plusDays(2))));
            }
            await().atMost(PATIENCE).until(PAYMENT::approvalsHeldNow, held -> held == 8);
            PAYMENT.releaseSlowCalls();
            for (var answer : burst) {
                assertThat(answer.get().status()).as("each one answered, a reservation or 503 to retry").isIn(201, 503);
            }
        }
        assertThat(PAYMENT.mostApprovalsHeldAtOnce()).as("payment never had more than the bulkhead's 8 approvals at once")
                .isEqualTo(8);
    }

    @Test
    void twenty_customers_racing_for_one_car_get_exactly_one_reservation() throws Exception {
        var carId = registeredCar(55_000);
        var start = new CountDownLatch(1);
        List<Future<Answer>> racing = new ArrayList<>();
        try (var customers = Executors.newFixedThreadPool(20)) {
            for (int i = 0; i < 20; i++) {
                var token = customer();
                racing.add(customers.submit(() -> {
                    start.await();
                    return reserve(token, carId, today().plusDays(1), today().plusDays(4));
                }));
            }
            start.countDown();
        }
        var statuses = new ArrayList<Integer>();
        for (var answer : racing) {
            statuses.add(answer.get().status());
            if (answer.get().status() == 409) {
                assertThat(answer.get().isProblem()).isTrue();
                assertThat(answer.get().detail()).contains("not available");
            }
        }

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        assertThat(reservationRowsForCar(carId)).as("nothing stored for the losers").isEqualTo(1);
        assertThat(PAYMENT.paymentsForCar(carId)).as("only the winner paid").hasSize(1);
    }

    @Test
    void bad_requests_are_refused_with_a_problem_naming_it_and_store_nothing() {
        var carId = registeredCar(55_000);
        var customerId = UUID.randomUUID();
        var token = TestTokens.customer(customerId);
        var tomorrow = today().plusDays(1).toString();
        Map<String, Expectation> cases = new LinkedHashMap<>();
        cases.put("{\"carId\": \"" + carId + "\", \"pickupDate\": ", new Expectation(400, "Malformed JSON"));
        cases.put("{\"pickupDate\": \"" + tomorrow + "\", \"returnDate\": \"" + tomorrow + "\"}",
                new Expectation(400, "carId"));
        cases.put(body(carId.toString(), null, tomorrow), new Expectation(400, "pickupDate"));
        cases.put("{\"carId\": 12345, \"pickupDate\": \"" + tomorrow + "\", \"returnDate\": \"" + tomorrow + "\"}",
                new Expectation(400, "carId"));
        cases.put(body("not-a-uuid", tomorrow, tomorrow), new Expectation(400, "carId"));
        cases.put(body("x".repeat(10_000), tomorrow, tomorrow), new Expectation(400, "carId"));
        cases.put(body(carId.toString(), "2026-02-30", "2026-03-02"), new Expectation(400, "pickupDate"));
        cases.put(body(carId.toString(), tomorrow, "2026-13-01"), new Expectation(400, "returnDate"));
        cases.put(body(carId.toString(), today().plusDays(3).toString(), tomorrow), new Expectation(400, "returnDate"));
        cases.put(body(carId.toString(), today().minusDays(1).toString(), tomorrow), new Expectation(400, "pickupDate"));
        cases.put(body(UUID.randomUUID().toString(), tomorrow, tomorrow), new Expectation(404, "No car with id"));

        cases.forEach((request, expected) -> {
            var answer = post("/api/reservations", token, request);
            assertThat(answer.status()).as(request.length() > 200 ? "oversize carId" : request).isEqualTo(expected.status());
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.detail()).as(request.length() > 200 ? "oversize carId" : request).contains(expected.names());
            assertThat(answer.response().body()).doesNotContain("xxxxxxxxxx");
        });

        assertThat(get("/api/reservations", token).body().isEmpty()).isTrue();
        assertThat(reservationRowsForCar(carId)).isZero();
        assertThat(jdbc.sql("select count(*) from reservation where customer_id = ?").param(customerId)
                .query(Long.class).single()).isZero();
        assertThat(PAYMENT.approvalCalls()).isZero();
    }

    @Test
    void only_customers_with_a_valid_token_reserve() {
        var carId = registeredCar(55_000);
        var request = body(carId.toString(), today().plusDays(1).toString(), today().plusDays(2).toString());

        var anonymous = post("/api/reservations", null, request);
        var expired = post("/api/reservations", TestTokens.expired(UUID.randomUUID()), request);
        var admin = post("/api/reservations", TestTokens.admin(), request);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(expired.status()).isEqualTo(401);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(get("/api/available-cars", null).status()).isEqualTo(401);
        assertThat(get("/api/available-cars", TestTokens.admin()).status()).isEqualTo(200);
        assertThat(reservationRowsForCar(carId)).isZero();
    }

    private static String body(String carId, String pickupDate, String returnDate) {
        var body = new LinkedHashMap<String, String>();
        body.put("carId", carId);
        body.put("pickupDate", pickupDate);
        body.put("returnDate", returnDate);
        return json(body);
    }

    record Expectation(int status, String names) {
    }
}
