package com.rentcar.mypage.adapter.web;

import static com.rentcar.mypage.MyPageApi.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rentcar.mypage.ContractEvents;
import com.rentcar.mypage.ContractEvents.Trip;
import com.rentcar.mypage.EventTopics;
import com.rentcar.mypage.MyPageApi;
import com.rentcar.mypage.MyPageServiceTest;
import com.rentcar.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

/** My Page follows a customer's reservations as the services announce them, through the real broker. */
@MyPageServiceTest
class FollowingACustomerTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    MyPageApi api;
    EventTopics topics;
    Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void connect() {
        api = new MyPageApi(port);
        topics = new EventTopics(kafka);
    }

    @AfterEach
    void disconnect() {
        topics.close();
    }

    @Test
    void my_page_shows_each_step_from_sign_up_through_rental_to_cancellation() {
        var customer = UUID.randomUUID();
        var token = TestTokens.customer(customer);
        var trip = Trip.of(customer);

        var empty = api.awaitMyPage(token, page -> true);
        assertThat(empty.path("customer").isNull()).as(empty.toString()).isTrue();
        assertThat(empty.path("history").isArray()).isTrue();
        assertThat(empty.path("history").isEmpty()).isTrue();

        topics.publish(ContractEvents.customerRegistered(customer, "kim", "Kim Minji", at(0)));
        var registered = api.awaitMyPage(token, page -> page.path("customer").path("name").asString().equals("Kim Minji"));
        assertThat(registered.path("customer").path("customerId").asString()).isEqualTo(customer.toString());
        assertThat(registered.path("customer").path("username").asString()).isEqualTo("kim");
        assertThat(registered.path("customer").path("email").asString()).isEqualTo("kim@example.com");
        assertThat(registered.path("customer").path("phone").asString()).isEqualTo("010-1234-5678");
        assertThat(registered.path("history").isEmpty()).isTrue();

        topics.publish(trip.reservationConfirmed(at(2)));
        var confirmed = entry(api.awaitMyPage(token, page -> has(page, trip, "reservationStatus", "CONFIRMED")),
                trip.reservationId());
        assertThat(confirmed.path("carId").asString()).isEqualTo(trip.carId().toString());
        assertThat(confirmed.path("plateNumber").asString()).isEqualTo("12가3456");
        assertThat(confirmed.path("model").asString()).isEqualTo("Hyundai Avante");
        assertThat(confirmed.path("pickupDate").asString()).isEqualTo("2026-12-10");
        assertThat(confirmed.path("returnDate").asString()).isEqualTo("2026-12-12");
        assertThat(confirmed.path("amount").asLong()).isEqualTo(110_000);
        assertThat(confirmed.path("paymentStatus").isNull()).isTrue();
        assertThat(confirmed.path("rentalStatus").isNull()).isTrue();
        assertThat(Instant.parse(confirmed.path("updatedAt").asString())).isEqualTo(at(2));

        topics.publish(trip.paymentApproved(at(1)));
        var paid = entry(api.awaitMyPage(token, page -> has(page, trip, "paymentStatus", "APPROVED")),
                trip.reservationId());
        assertThat(paid.path("reservationStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(Instant.parse(paid.path("updatedAt").asString())).as("an earlier event does not make it older")
                .isEqualTo(at(2));

        topics.publish(trip.rented(at(3)));
        var rented = entry(api.awaitMyPage(token, page -> has(page, trip, "rentalStatus", "RENTED")),
                trip.reservationId());
        assertThat(Instant.parse(rented.path("updatedAt").asString())).isEqualTo(at(3));

        topics.publish(trip.paymentCancelled(at(10)));
        var refunded = entry(api.awaitMyPage(token, page -> has(page, trip, "paymentStatus", "CANCELLED")),
                trip.reservationId());
        assertThat(refunded.path("reservationStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(refunded.path("rentalStatus").asString()).isEqualTo("RENTED");

        topics.publish(trip.rentalCancelled(at(11)));
        api.awaitMyPage(token, page -> has(page, trip, "rentalStatus", "CANCELLED"));

        topics.publish(trip.reservationCancelled(at(12)));
        var cancelled = api.awaitMyPage(token, page -> has(page, trip, "reservationStatus", "CANCELLED"));
        assertThat(cancelled.path("history")).hasSize(1);
        var entry = entry(cancelled, trip.reservationId());
        assertThat(entry.path("paymentStatus").asString()).isEqualTo("CANCELLED");
        assertThat(entry.path("rentalStatus").asString()).isEqualTo("CANCELLED");
        assertThat(entry.path("amount").asLong()).isEqualTo(110_000);
        assertThat(Instant.parse(entry.path("updatedAt").asString())).isEqualTo(at(12));
        assertThat(cancelled.path("customer").path("name").asString()).isEqualTo("Kim Minji");
    }

    @Test
    void events_arriving_out_of_order_end_on_the_right_statuses() {
        var customer = UUID.randomUUID();
        var token = TestTokens.customer(customer);
        var trip = Trip.of(customer);

        topics.publish(trip.rentalCancelled(at(11)), trip.paymentApproved(at(1)), trip.rented(at(3)),
                trip.reservationCancelled(at(12)), trip.reservationConfirmed(at(2)));

        var page = api.awaitMyPage(token, p -> has(p, trip, "reservationStatus", "CANCELLED")
                && has(p, trip, "rentalStatus", "CANCELLED") && has(p, trip, "plateNumber", "12가3456"));
        var entry = entry(page, trip.reservationId());
        assertThat(entry.path("paymentStatus").asString()).isEqualTo("APPROVED");
        assertThat(page.path("customer").isNull()).as("no registration heard yet").isTrue();
    }

    @Test
    void redelivered_events_change_nothing() {
        var customer = UUID.randomUUID();
        var token = TestTokens.customer(customer);
        var trip = Trip.of(customer);
        var lifecycle = List.of(ContractEvents.customerRegistered(customer, "lee", "Lee Jun", at(0)),
                trip.reservationConfirmed(at(2)), trip.paymentApproved(at(1)), trip.rented(at(3)),
                trip.paymentCancelled(at(10)));
        lifecycle.forEach(topics::publish);
        var before = api.awaitMyPage(token, page -> has(page, trip, "rentalStatus", "RENTED")
                && has(page, trip, "paymentStatus", "CANCELLED") && has(page, trip, "reservationStatus", "CONFIRMED")
                && page.path("customer").isObject());

        lifecycle.forEach(topics::publish);
        var later = Trip.of(customer);
        topics.publish(later.reservationConfirmed(at(60)));

        var after = api.awaitMyPage(token, page -> page.path("history").size() == 2);
        assertThat(after.path("customer")).isEqualTo(before.path("customer"));
        assertThat(entry(after, trip.reservationId())).isEqualTo(entry(before, trip.reservationId()));
        assertThat(after.path("history").path(0).path("reservationId").asString())
                .as("newest first").isEqualTo(later.reservationId().toString());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> entry(api.myPage(token), trip.reservationId()).equals(entry(before, trip.reservationId())));
    }

    @Test
    void another_customers_events_never_appear_on_my_page() {
        var me = UUID.randomUUID();
        var someoneElse = UUID.randomUUID();
        var mine = Trip.of(me);
        var theirs = Trip.of(someoneElse);

        topics.publish(ContractEvents.customerRegistered(someoneElse, "park", "Park Seo", at(0)),
                theirs.reservationConfirmed(at(1)), theirs.paymentApproved(at(1)),
                mine.reservationConfirmed(at(2)), theirs.rented(at(3)));

        var theirPage = api.awaitMyPage(TestTokens.customer(someoneElse),
                page -> has(page, theirs, "rentalStatus", "RENTED"));
        var myPage = api.awaitMyPage(TestTokens.customer(me), page -> has(page, mine, "reservationStatus", "CONFIRMED"));
        assertThat(myPage.path("history")).hasSize(1);
        assertThat(myPage.path("customer").isNull()).isTrue();
        assertThat(entry(myPage, theirs.reservationId()).isMissingNode()).isTrue();
        assertThat(theirPage.path("history")).hasSize(1);
        assertThat(theirPage.path("customer").path("username").asString()).isEqualTo("park");
    }

    @Test
    void a_malformed_message_lands_on_its_dead_letter_topic_and_the_following_events_still_apply() {
        var customer = UUID.randomUUID();
        var token = TestTokens.customer(customer);
        var trip = Trip.of(customer);
        var confirmed = trip.reservationConfirmed(at(2));

        topics.publish(confirmed.withValue("this is not an event"), confirmed, trip.paymentApproved(at(1)));

        api.awaitMyPage(token, page -> has(page, trip, "reservationStatus", "CONFIRMED")
                && has(page, trip, "paymentStatus", "APPROVED"));
        var dead = topics.awaitRecords("reservation-events.DLT", trip.reservationId().toString());
        assertThat(dead).hasSize(1);
        assertThat(dead.getFirst().value()).isEqualTo("this is not an event");
        assertThat(header(dead.getFirst(), "kafka_dlt-exception-message")).startsWith("not a readable event envelope");
        assertThat(header(dead.getFirst(), "kafka_dlt-original-topic")).isEqualTo("reservation-events");
    }

    private static boolean has(JsonNode page, Trip trip, String field, String value) {
        return value.equals(entry(page, trip.reservationId()).path(field).asString(null));
    }

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private Instant at(int minutes) {
        return start.plusSeconds(60L * minutes);
    }
}
