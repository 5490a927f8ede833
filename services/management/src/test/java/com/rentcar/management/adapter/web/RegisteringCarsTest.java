package com.rentcar.management.adapter.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.rentcar.management.LedgerApi;
import com.rentcar.platform.test.ServiceIntegrationTest;
import com.rentcar.platform.test.TestTokens;

import static com.rentcar.management.LedgerApi.assertProblem;
import static com.rentcar.management.LedgerApi.body;
import static com.rentcar.management.LedgerApi.json;
import static com.rentcar.management.LedgerApi.uniquePlate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RegisteringCarsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    LedgerApi api;

    @BeforeEach
    void connect() {
        api = new LedgerApi(port);
    }

    @Test
    void an_admin_registers_a_car_which_enters_the_ledger_available() {
        var before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var plate = uniquePlate();

        var response = api.post("/api/cars", TestTokens.admin(),
                json(Map.of("plateNumber", plate, "model", "Hyundai Avante", "dailyRate", 55_000)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        var car = body(response);
        var id = car.path("id").asString();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(car.path("plateNumber").asString()).isEqualTo(plate);
        assertThat(car.path("model").asString()).isEqualTo("Hyundai Avante");
        assertThat(car.path("dailyRate").isIntegralNumber()).isTrue();
        assertThat(car.path("dailyRate").asLong()).isEqualTo(55_000);
        assertThat(car.path("status").asString()).isEqualTo("AVAILABLE");
        assertThat(car.path("version").asLong()).isEqualTo(1);
        var registeredAt = Instant.parse(car.path("registeredAt").asString());
        assertThat(registeredAt).isBetween(before, Instant.now());
        assertThat(car.path("updatedAt").asString()).isEqualTo(car.path("registeredAt").asString());
        assertThat(response.headers().firstValue("Location")).contains("/api/cars/" + id);

        var fetched = api.get(response.headers().firstValue("Location").orElseThrow(), TestTokens.admin());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(body(fetched)).isEqualTo(car);
    }

    @Test
    void the_plate_is_stored_trimmed_with_its_inner_whitespace_collapsed() {
        var plate = uniquePlate();

        var car = api.register("  " + plate.replace(" ", " \t  ") + "\t", "  Kia Ray ", 40_000);

        assertThat(car.path("plateNumber").asString()).isEqualTo(plate);
        assertThat(car.path("model").asString()).isEqualTo("Kia Ray");
        assertThat(jdbc.sql("select plate_number from car where id = ?::uuid").param(car.path("id").asString())
                .query(String.class).single()).isEqualTo(plate);
    }

    @Test
    void a_plate_already_in_the_ledger_is_refused_with_409_and_stored_once() {
        var plate = uniquePlate();
        api.register(plate, "Hyundai Sonata", 60_000);

        var again = api.post("/api/cars", TestTokens.admin(),
                json(Map.of("plateNumber", plate, "model", "Kia K5", "dailyRate", 70_000)));
        var againWithOtherSpacing = api.post("/api/cars", TestTokens.admin(),
                json(Map.of("plateNumber", " " + plate.replace(" ", "   ") + " ", "model", "Kia K5", "dailyRate", 70_000)));

        assertProblem(again, 409);
        assertThat(body(again).path("detail").asString()).contains(plate).contains("already registered");
        assertProblem(againWithOtherSpacing, 409);
        assertThat(carsWithPlate(plate)).isEqualTo(1);
        assertThat(eventsMentioning(plate)).isEqualTo(1);
    }

    @Test
    void admins_racing_to_register_one_plate_get_exactly_one_car() throws Exception {
        var plate = uniquePlate();
        var attempts = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 8; i++) {
            var model = "Racer " + i;
            attempts.add(() -> api.post("/api/cars", TestTokens.admin(),
                    json(Map.of("plateNumber", plate, "model", model, "dailyRate", 30_000))).statusCode());
        }

        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var result : pool.invokeAll(attempts)) {
                statuses.add(result.get());
            }
        }

        assertThat(statuses).containsOnlyOnce(201).filteredOn(s -> s != 201).containsOnly(409);
        assertThat(carsWithPlate(plate)).isEqualTo(1);
        assertThat(eventsMentioning(plate)).isEqualTo(1);
    }

    static Stream<Arguments> invalid_registrations() {
        var ok = "{\"plateNumber\": \"99가 9999\", \"model\": \"Kia Morning\", \"dailyRate\": 30000}";
        var tenThousand = "x".repeat(10_000);
        return Stream.of(
                arguments("plate missing", "{\"model\": \"Kia Morning\", \"dailyRate\": 30000}", "plateNumber"),
                arguments("plate null", ok.replace("\"99가 9999\"", "null"), "plateNumber"),
                arguments("plate empty", ok.replace("99가 9999", ""), "plateNumber"),
                arguments("plate blank", ok.replace("99가 9999", "  \\t "), "plateNumber"),
                arguments("plate of 21 characters", ok.replace("99가 9999", "1".repeat(21)), "plateNumber"),
                arguments("plate of 10,000 characters", ok.replace("99가 9999", tenThousand), "plateNumber"),
                arguments("plate not a string", ok.replace("\"99가 9999\"", "{\"a\": 1}"), "plateNumber"),
                arguments("plate an array", ok.replace("\"99가 9999\"", "[\"99가 9999\"]"), "plateNumber"),
                arguments("plate with a NUL character", ok.replace("99가 9999", "99가\\u00009999"), "plateNumber"),
                arguments("plate with a control character", ok.replace("99가 9999", "99가\\u00079999"), "plateNumber"),
                arguments("plate with a lone surrogate", ok.replace("99가 9999", "99가\\ud8009999"), "plateNumber"),
                arguments("model with a NUL character", ok.replace("Kia Morning", "Kia\\u0000Morning"), "model"),
                arguments("model with a line break", ok.replace("Kia Morning", "Kia\\nMorning"), "model"),
                arguments("model with a lone surrogate", ok.replace("Kia Morning", "Kia \\udc00"), "model"),
                arguments("model missing", "{\"plateNumber\": \"99가 9999\", \"dailyRate\": 30000}", "model"),
                arguments("model blank", ok.replace("Kia Morning", "   "), "model"),
                arguments("model of 101 characters", ok.replace("Kia Morning", "m".repeat(101)), "model"),
                arguments("model of 10,000 characters", ok.replace("Kia Morning", tenThousand), "model"),
                arguments("model not a string", ok.replace("\"Kia Morning\"", "{\"name\": \"Kia\"}"), "model"),
                arguments("rate missing", "{\"plateNumber\": \"99가 9999\", \"model\": \"Kia Morning\"}", "dailyRate"),
                arguments("rate null", ok.replace("30000", "null"), "dailyRate"),
                arguments("rate a word", ok.replace("30000", "\"abc\""), "dailyRate"),
                arguments("rate a numeric string", ok.replace("30000", "\"30000\""), "dailyRate"),
                arguments("rate with a fraction", ok.replace("30000", "1000.5"), "dailyRate"),
                arguments("rate a float with zero fraction", ok.replace("30000", "1000.0"), "dailyRate"),
                arguments("rate zero", ok.replace("30000", "0"), "dailyRate"),
                arguments("rate negative", ok.replace("30000", "-100"), "dailyRate"),
                arguments("rate above ten million", ok.replace("30000", "10000001"), "dailyRate"),
                arguments("rate beyond a long", ok.replace("30000", "99999999999999999999999"), "dailyRate"),
                arguments("rate a boolean", ok.replace("30000", "true"), "dailyRate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void invalid_registrations(String what, String body, String field) {
        var carsBefore = cars();
        var eventsBefore = events();

        var response = api.post("/api/cars", TestTokens.admin(), body);

        assertProblem(response, 400);
        assertThat(body(response).path("detail").asString()).contains(field);
        assertThat(cars()).isEqualTo(carsBefore);
        assertThat(events()).isEqualTo(eventsBefore);
    }

    @Test
    void every_invalid_field_is_named_at_once() {
        var response = api.post("/api/cars", TestTokens.admin(),
                "{\"plateNumber\": \"\", \"model\": \"\", \"dailyRate\": 0}");

        assertProblem(response, 400);
        var problem = body(response);
        assertThat(problem.path("detail").asString()).contains("plateNumber").contains("model").contains("dailyRate");
        assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("plateNumber", "model", "dailyRate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unreadable_bodies(String what, String body) {
        var carsBefore = cars();

        var response = api.post("/api/cars", TestTokens.admin(), body);

        assertProblem(response, 400);
        assertThat(cars()).isEqualTo(carsBefore);
    }

    static Stream<Arguments> unreadable_bodies() {
        return Stream.of(
                arguments("empty body", ""),
                arguments("malformed JSON", "{\"plateNumber\": \"99가 9999\", \"model\": "),
                arguments("not JSON at all", "plateNumber=99가 9999"),
                arguments("JSON null", "null"),
                arguments("a JSON array", "[]"),
                arguments("a JSON string", "\"99가 9999\""),
                arguments("a rate of 10,000 digits (refused by the parser before any field is read)",
                        "{\"plateNumber\": \"99가 9999\", \"model\": \"Kia Morning\", \"dailyRate\": " + "9".repeat(10_000) + "}"));
    }

    @Test
    void the_largest_valid_values_are_accepted() {
        var plate = ("P" + uniquePlate().replace(" ", "")).repeat(3).substring(0, 20);
        var car = api.register(plate, "m".repeat(100), 10_000_000);

        assertThat(car.path("plateNumber").asString()).hasSize(20);
        assertThat(car.path("model").asString()).hasSize(100);
        assertThat(car.path("dailyRate").asLong()).isEqualTo(10_000_000);
        assertThat(api.register(uniquePlate(), "Kia Morning", 1).path("dailyRate").asLong()).isEqualTo(1);
    }

    private long carsWithPlate(String plate) {
        return jdbc.sql("select count(*) from car where plate_number = ?").param(plate).query(Long.class).single();
    }

    private long eventsMentioning(String plate) {
        return jdbc.sql("select count(*) from outbox_event where event_type = 'CarRegistered' and payload like ?")
                .param("%" + plate + "%").query(Long.class).single();
    }

    private long cars() {
        return jdbc.sql("select count(*) from car").query(Long.class).single();
    }

    private long events() {
        return jdbc.sql("select count(*) from outbox_event").query(Long.class).single();
    }
}
