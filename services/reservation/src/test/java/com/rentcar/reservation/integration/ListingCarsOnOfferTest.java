package com.rentcar.reservation.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/** Customers browse the cars on offer a page at a time: bounded, in a stable order, cut by the database. */
class ListingCarsOnOfferTest extends ReservationServiceTest {

    @Test
    void the_pages_together_list_every_car_on_offer_once_in_order_of_registration() {
        var first = registeredCar(41_000).toString();
        var second = registeredCar(42_000).toString();
        var third = registeredCar(43_000).toString();

        // read again should a background job (an abandoned payment) put a car back on offer between two reads
        await().atMost(PATIENCE).untilAsserted(() -> {
            var everything = ids(availableCars(customer()));
            var total = get("/api/available-cars?size=1", customer()).body().get("totalElements").asLong();

            assertThat(everything).doesNotHaveDuplicates().hasSize((int) total);
            assertThat(everything).containsSubsequence(first, second, third);
            int pageOfSecond = everything.indexOf(second) / 2;
            var pageOfTwo = get("/api/available-cars?size=2&page=" + pageOfSecond, customer()).body();
            assertThat(ids(pageOfTwo.get("content"))).contains(second)
                    .isEqualTo(everything.subList(pageOfSecond * 2, Math.min(everything.size(), pageOfSecond * 2 + 2)));
        });
    }

    @Test
    void a_page_says_where_it_is_and_how_many_cars_there_are_in_all() {
        registeredCar(44_000);
        registeredCar(45_000);

        var page = get("/api/available-cars?page=0&size=1", customer()).body();

        assertThat(page.propertyNames()).containsExactlyInAnyOrder("content", "page", "size", "totalElements", "last");
        assertThat(page.get("content")).hasSize(1);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("last").asBoolean()).isFalse();
    }

    @Test
    void without_parameters_the_first_twenty_cars_are_listed() {
        int missing = 21 - availableCarIds().size();
        for (int i = 0; i < missing; i++) {
            registeredCar(46_000);
        }

        var page = get("/api/available-cars", customer()).body();

        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("content")).hasSize(20);
        assertThat(page.get("last").asBoolean()).isFalse();
    }

    @Test
    void a_page_beyond_the_last_is_empty_and_says_so() {
        registeredCar(47_000);

        var page = get("/api/available-cars?page=1000000&size=100", customer()).body();

        assertThat(page.get("content")).isEmpty();
        assertThat(page.get("totalElements").asLong()).isPositive();
        assertThat(page.get("last").asBoolean()).isTrue();
    }

    @Test
    void a_reserved_car_leaves_the_pages() {
        var carId = registeredCar(48_000);

        reserved(customer(), carId);

        assertThat(availableCarIds()).doesNotContain(carId.toString());
    }

    static Stream<String> paging_outside_its_range_is_refused_naming_the_parameter() {
        return Stream.of("size=0", "size=101", "size=-1", "size=abc", "page=-1", "page=1000001", "page=1.5",
                "page=0&size=1000");
    }

    @ParameterizedTest
    @MethodSource
    void paging_outside_its_range_is_refused_naming_the_parameter(String query) {
        var answer = get("/api/available-cars?" + query, customer());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        var parameter = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
        assertThat(answer.detail()).contains(parameter);
    }

    private static List<String> ids(List<JsonNode> cars) {
        return cars.stream().map(car -> car.get("id").asString()).toList();
    }

    private static List<String> ids(JsonNode cars) {
        return cars.valueStream().map(car -> car.get("id").asString()).toList();
    }

}
