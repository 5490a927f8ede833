package com.rentcar.management.adapter.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
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
import static com.rentcar.management.LedgerApi.json;
import static com.rentcar.management.LedgerApi.uniquePlate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The ledger is for staff only: no token or a bad one is 401, a customer is 403, and nothing is stored. */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LedgerAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    LedgerApi api;

    @BeforeEach
    void connect() {
        api = new LedgerApi(port);
    }

    static Stream<Arguments> tokens_that_are_not_accepted() {
        var someone = UUID.randomUUID();
        return Stream.of(
                arguments("no token", null),
                arguments("expired", TestTokens.expired(someone)),
                arguments("tampered", TestTokens.tampered(someone)),
                arguments("unsigned", TestTokens.unsigned(someone)),
                arguments("signed by a stranger", TestTokens.signedByStranger(someone)),
                arguments("from another issuer", TestTokens.wrongIssuer(someone)),
                arguments("not a JWT", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens_that_are_not_accepted")
    void registering_without_a_valid_token_is_401_and_stores_nothing(String what, String token) {
        var plate = uniquePlate();

        var response = api.post("/api/cars", token,
                json(Map.of("plateNumber", plate, "model", "Hyundai Avante", "dailyRate", 50_000)));

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(carsWithPlate(plate)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokens_that_are_not_accepted")
    void viewing_without_a_valid_token_is_401(String what, String token) {
        assertProblem(api.get("/api/cars", token), 401);
        assertProblem(api.get("/api/cars?page=0&size=5", token), 401);
        assertProblem(api.get("/api/cars/" + UUID.randomUUID(), token), 401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void a_customer_is_403_everywhere_in_the_ledger(String method, String path) {
        var customer = TestTokens.customer(UUID.randomUUID());
        var plate = uniquePlate();

        var response = method.equals("POST")
                ? api.post(path, customer, json(Map.of("plateNumber", plate, "model", "Kia Ray", "dailyRate", 40_000)))
                : api.get(path, customer);

        assertProblem(response, 403);
        assertThat(carsWithPlate(plate)).isZero();
    }

    static Stream<Arguments> paths() {
        return Stream.of(arguments("POST", "/api/cars"), arguments("GET", "/api/cars"),
                arguments("GET", "/api/cars?page=0&size=10"), arguments("GET", "/api/cars/" + UUID.randomUUID()));
    }

    private long carsWithPlate(String plate) {
        return jdbc.sql("select count(*) from car where plate_number = ?").param(plate).query(Long.class).single();
    }
}
