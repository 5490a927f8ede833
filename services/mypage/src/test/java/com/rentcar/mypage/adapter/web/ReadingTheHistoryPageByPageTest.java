package com.rentcar.mypage.adapter.web;

import static com.rentcar.mypage.MyPageApi.assertProblem;
import static com.rentcar.mypage.MyPageApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rentcar.mypage.ContractEvents;
import com.rentcar.mypage.ContractEvents.Trip;
import com.rentcar.mypage.EventTopics;
import com.rentcar.mypage.MyPageApi;
import com.rentcar.mypage.MyPageServiceTest;
import com.rentcar.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

/** A long history is read a page at a time, newest first; one reservation can be looked up wherever it is. */
@MyPageServiceTest
class ReadingTheHistoryPageByPageTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    MyPageApi api;
    UUID customer = UUID.randomUUID();
    String token = TestTokens.customer(customer);
    /** The customer's reservations, newest first. */
    List<UUID> newestFirst = new ArrayList<>();

    @BeforeEach
    void aCustomerWithFiveReservations() {
        api = new MyPageApi(port);
        var start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (var topics = new EventTopics(kafka)) {
            topics.publish(ContractEvents.customerRegistered(customer, "park", "Park Jiho", start));
            for (var i = 0; i < 5; i++) {
                var trip = Trip.of(customer);
                topics.publish(trip.reservationConfirmed(start.plusSeconds(60L * (i + 1))));
                newestFirst.addFirst(trip.reservationId());
            }
        }
        api.awaitMyPage(token, page -> page.path("totalElements").asInt() == 5 && page.path("customer").isObject());
    }

    @Test
    void the_history_comes_newest_first_a_page_at_a_time_with_the_customer_on_every_page() {
        var first = page("?page=0&size=2");
        var second = page("?page=1&size=2");
        var third = page("?page=2&size=2");

        assertThat(first.propertyNames()).containsExactlyInAnyOrder("customer", "history", "page", "size",
                "totalElements", "last");
        assertThat(reservations(first)).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(reservations(second)).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(reservations(third)).containsExactly(newestFirst.get(4));
        assertThat(List.of(first, second, third)).allSatisfy(page -> {
            assertThat(page.path("customer").path("name").asString()).isEqualTo("Park Jiho");
            assertThat(page.path("size").asInt()).isEqualTo(2);
            assertThat(page.path("totalElements").asInt()).isEqualTo(5);
        });
        assertThat(first.path("page").asInt()).isZero();
        assertThat(third.path("page").asInt()).isEqualTo(2);
        assertThat(first.path("last").asBoolean()).isFalse();
        assertThat(third.path("last").asBoolean()).isTrue();
    }

    @Test
    void without_parameters_the_first_twenty_entries_are_shown() {
        var page = page("");

        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(reservations(page)).containsExactlyElementsOf(newestFirst);
        assertThat(page.path("last").asBoolean()).isTrue();
    }

    @Test
    void a_page_beyond_the_last_has_no_entries_but_still_the_customer_and_the_count() {
        var page = page("?page=7&size=2");

        assertThat(page.path("history")).isEmpty();
        assertThat(page.path("totalElements").asInt()).isEqualTo(5);
        assertThat(page.path("customer").isObject()).isTrue();
    }

    @Test
    void one_reservation_is_found_by_its_id_wherever_it_is_in_the_history() {
        var oldest = newestFirst.getLast();

        var found = page("?size=1&reservationId=" + oldest);
        var unknown = page("?reservationId=" + UUID.randomUUID());

        assertThat(reservations(found)).containsExactly(oldest);
        assertThat(found.path("totalElements").asInt()).isEqualTo(1);
        assertThat(unknown.path("history")).isEmpty();
        assertThat(unknown.path("totalElements").asInt()).isZero();
    }

    @Test
    void an_admin_pages_through_a_customers_history_too() {
        var response = api.get("/api/mypage/" + customer + "?page=1&size=3", TestTokens.admin());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(reservations(body(response))).containsExactlyElementsOf(newestFirst.subList(3, 5));
    }

    static Stream<String> paging_outside_its_range_is_refused_naming_the_parameter() {
        return Stream.of("size=0", "size=101", "size=-1", "size=abc", "page=-1", "page=1000001", "page=1.5",
                "page=0&size=1000", "reservationId=not-a-uuid");
    }

    @ParameterizedTest
    @MethodSource
    void paging_outside_its_range_is_refused_naming_the_parameter(String query) {
        for (var path : List.of("/api/mypage?", "/api/mypage/" + customer + "?")) {
            var response = api.get(path + query, path.length() > 12 ? TestTokens.admin() : token);

            assertProblem(response, 400);
            var parameter = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
            assertThat(body(response).path("detail").asString()).contains(parameter);
        }
    }

    private JsonNode page(String query) {
        var response = api.get("/api/mypage" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    private static List<UUID> reservations(JsonNode page) {
        return page.path("history").valueStream().map(entry -> UUID.fromString(entry.path("reservationId").asString()))
                .toList();
    }
}
