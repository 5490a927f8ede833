package com.rentcar.management.adapter.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

import com.rentcar.management.LedgerApi;
import com.rentcar.management.application.ChangingCarStatus;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.RentalId;
import com.rentcar.platform.test.ServiceIntegrationTest;
import com.rentcar.platform.test.TestTokens;

import static com.rentcar.management.LedgerApi.assertProblem;
import static com.rentcar.management.LedgerApi.body;
import static com.rentcar.management.LedgerApi.uniquePlate;
import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ViewingTheLedgerTest {

    @LocalServerPort
    int port;

    @Autowired
    ChangingCarStatus changingStatus;

    LedgerApi api;

    @BeforeEach
    void connect() {
        api = new LedgerApi(port);
    }

    @Test
    void without_paging_the_whole_ledger_is_one_array_in_order_of_registration() {
        var first = api.register(uniquePlate(), "Hyundai Avante", 50_000);
        var second = api.register(uniquePlate(), "Kia K5", 70_000);
        var third = api.register(uniquePlate(), "Genesis G80", 150_000);

        var response = api.get("/api/cars", TestTokens.admin());

        assertThat(response.statusCode()).isEqualTo(200);
        var ledger = body(response);
        assertThat(ledger.isArray()).isTrue();
        assertThat(ids(ledger)).containsSubsequence(id(first), id(second), id(third));
        assertThat(ledger.valueStream().filter(car -> car.path("id").equals(first.path("id"))))
                .containsExactly(first);
    }

    @Test
    void with_paging_the_ledger_comes_a_page_at_a_time() {
        var model = "Pager " + UUID.randomUUID();
        var cars = List.of(api.register(uniquePlate(), model, 10_000), api.register(uniquePlate(), model, 20_000),
                api.register(uniquePlate(), model, 30_000));

        var first = body(api.get("/api/cars?page=0&size=2&model=" + encoded(model), TestTokens.admin()));
        var second = body(api.get("/api/cars?page=1&size=2&model=" + encoded(model), TestTokens.admin()));
        var beyond = body(api.get("/api/cars?page=5&size=2&model=" + encoded(model), TestTokens.admin()));

        assertThat(ids(first.path("content"))).containsExactly(id(cars.get(0)), id(cars.get(1)));
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("totalElements").asLong()).isEqualTo(3);
        assertThat(first.path("last").asBoolean()).isFalse();
        assertThat(ids(second.path("content"))).containsExactly(id(cars.get(2)));
        assertThat(second.path("last").asBoolean()).isTrue();
        assertThat(beyond.path("content").isEmpty()).isTrue();
        assertThat(beyond.path("last").asBoolean()).isTrue();
    }

    @Test
    void paging_needs_only_one_of_page_and_size() {
        var bySize = body(api.get("/api/cars?size=1", TestTokens.admin()));
        var byPage = body(api.get("/api/cars?page=0", TestTokens.admin()));

        assertThat(bySize.path("size").asInt()).isEqualTo(1);
        assertThat(bySize.path("page").asInt()).isZero();
        assertThat(byPage.path("size").asInt()).isEqualTo(20);
        assertThat(byPage.has("content")).isTrue();
    }

    static Stream<String> paging_and_filters_outside_their_ranges_are_refused() {
        return Stream.of("size=0", "size=101", "size=-1", "page=-1", "page=1000001", "size=abc", "page=1.5",
                "status=BROKEN", "status=available", "model=" + "m".repeat(101),
                "page=0&size=10&model=" + "m".repeat(101), "model=a%00b", "page=0&model=a%00b", "model=%ED%A0%80");
    }

    @ParameterizedTest
    @MethodSource
    void paging_and_filters_outside_their_ranges_are_refused(String query) {
        var response = api.get("/api/cars?" + query, TestTokens.admin());

        assertProblem(response, 400);
        var parameter = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
        assertThat(body(response).path("detail").asString()).containsAnyOf(parameter, "could not be decoded");
    }

    @Test
    void the_model_filter_matches_part_of_the_model_ignoring_case_in_both_forms() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var avante = api.register(uniquePlate(), "Hyundai Avante " + tag, 50_000);
        var avanteN = api.register(uniquePlate(), "HYUNDAI AVANTE N " + tag, 80_000);
        var ray = api.register(uniquePlate(), "Kia Ray " + tag, 40_000);

        var list = body(api.get("/api/cars?model=aVaNtE", TestTokens.admin()));
        var listOfTag = body(api.get("/api/cars?model=" + encoded("avante n " + tag), TestTokens.admin()));
        var page = body(api.get("/api/cars?page=0&size=100&model=" + tag.toUpperCase(), TestTokens.admin()));

        assertThat(ids(list)).contains(id(avante), id(avanteN)).doesNotContain(id(ray));
        assertThat(ids(listOfTag)).containsExactly(id(avanteN));
        assertThat(page.path("totalElements").asLong()).isEqualTo(3);
        assertThat(ids(page.path("content"))).containsExactly(id(avante), id(avanteN), id(ray));
    }

    @Test
    void percent_and_underscore_in_the_model_filter_are_plain_characters() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var odd = api.register(uniquePlate(), "Model 100%_" + tag, 50_000);
        api.register(uniquePlate(), "Model 1000x" + tag, 50_000);

        var found = body(api.get("/api/cars?model=" + encoded("100%_" + tag), TestTokens.admin()));
        var none = body(api.get("/api/cars?model=" + encoded("%" + tag), TestTokens.admin()));

        assertThat(ids(found)).containsExactly(id(odd));
        assertThat(ids(none)).isEmpty();
    }

    @Test
    void the_status_filter_shows_rented_or_available_cars_in_both_forms() {
        var tag = "Status " + UUID.randomUUID();
        var rented = api.register(uniquePlate(), tag, 50_000);
        var available = api.register(uniquePlate(), tag, 60_000);
        changingStatus.rentOut(new CarId(UUID.fromString(id(rented))), new RentalId(UUID.randomUUID()));

        var rentedList = body(api.get("/api/cars?status=RENTED&model=" + encoded(tag), TestTokens.admin()));
        var availableList = body(api.get("/api/cars?status=AVAILABLE&model=" + encoded(tag), TestTokens.admin()));
        var rentedPage = body(api.get("/api/cars?status=RENTED&page=0&size=10&model=" + encoded(tag),
                TestTokens.admin()));
        var allRented = body(api.get("/api/cars?status=RENTED", TestTokens.admin()));

        assertThat(ids(rentedList)).containsExactly(id(rented));
        assertThat(rentedList.get(0).path("status").asString()).isEqualTo("RENTED");
        assertThat(rentedList.get(0).path("version").asLong()).isEqualTo(2);
        assertThat(ids(availableList)).containsExactly(id(available));
        assertThat(ids(rentedPage.path("content"))).containsExactly(id(rented));
        assertThat(rentedPage.path("totalElements").asLong()).isEqualTo(1);
        assertThat(allRented.valueStream().map(car -> car.path("status").asString())).containsOnly("RENTED");
    }

    @Test
    void one_car_is_shown_with_its_live_status() {
        var car = api.register(uniquePlate(), "Kia Sorento", 90_000);
        var carId = new CarId(UUID.fromString(id(car)));

        var rental = new RentalId(UUID.randomUUID());
        changingStatus.rentOut(carId, rental);
        var whileRented = body(api.get("/api/cars/" + id(car), TestTokens.admin()));
        changingStatus.release(carId, rental);
        var afterwards = body(api.get("/api/cars/" + id(car), TestTokens.admin()));

        assertThat(whileRented.path("status").asString()).isEqualTo("RENTED");
        assertThat(whileRented.path("version").asLong()).isEqualTo(2);
        assertThat(afterwards.path("status").asString()).isEqualTo("AVAILABLE");
        assertThat(afterwards.path("version").asLong()).isEqualTo(3);
        assertThat(afterwards.path("registeredAt")).isEqualTo(car.path("registeredAt"));
        assertThat(afterwards.path("plateNumber")).isEqualTo(car.path("plateNumber"));
    }

    @Test
    void an_unknown_car_is_404() {
        var unknown = UUID.randomUUID();

        var response = api.get("/api/cars/" + unknown, TestTokens.admin());

        assertProblem(response, 404);
        assertThat(body(response).path("detail").asString()).contains(unknown.toString());
    }

    @Test
    void an_id_that_is_not_a_uuid_is_400() {
        var response = api.get("/api/cars/not-a-uuid", TestTokens.admin());

        assertProblem(response, 400);
        assertThat(body(response).path("detail").asString()).contains("id").contains("not-a-uuid");
    }

    @Test
    void the_api_is_described_as_openapi() {
        var response = api.get("/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).path("paths").has("/api/cars")).isTrue();
        assertThat(body(response).path("paths").has("/api/cars/{id}")).isTrue();
    }

    private static String id(JsonNode car) {
        return car.path("id").asString();
    }

    private static List<String> ids(JsonNode cars) {
        return cars.valueStream().map(ViewingTheLedgerTest::id).toList();
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
