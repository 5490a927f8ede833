package com.rentcar.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The rental lifecycle through the gateway of a system started by {@code ./rentcar up}: reserve and pay,
 * rented everywhere, cancel and refund, reserve again, return — and the race for one car.
 */
@ExtendWith(RunningSystem.class)
class LifecycleEndToEndIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final RentCarSystem system = RunningSystem.SYSTEM;
    private static final LocalDate TOMORROW = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String admin = system.login("admin", "admin");

    @Test
    void reserve_rent_cancel_refund_reserve_again_and_return() {
        var customer = system.newCustomer("life." + suffix);
        var carId = registerCar("11가" + digits(), 50_000);
        awaitOnOffer(customer, carId, true);

        // reserve and pay in one step: rented everywhere
        var first = reserve(customer, carId, 3);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        var reservation = first.json();
        assertThat(reservation.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(reservation.get("amount").asLong()).isEqualTo(150_000);
        assertThat(reservation.get("paymentId").asString()).isNotBlank();
        var reservationId = reservation.get("id").asString();

        awaitCarStatus(carId, "RENTED");
        awaitRental(reservationId, "RENTED");
        awaitMyPage(customer, reservationId, "CONFIRMED", "APPROVED", "RENTED");
        awaitOnOffer(customer, carId, false);

        // cancel: refunded (at once, or - when payment is slow to answer on a loaded machine - accepted with 202 and
        // refunded by the retry), and the car is free again everywhere
        var cancelled = system.post("/api/reservations/" + reservationId + "/cancel", customer, "");
        var refundedAtOnce = cancelled.status() == 200;
        assertThat(cancelled.status()).as(cancelled.toString()).isIn(200, 202);
        assertThat(cancelled.json().get("status").asString()).isEqualTo(refundedAtOnce ? "CANCELLED" : "CANCEL_PENDING");
        awaitReservationStatus(customer, reservationId, "CANCELLED");
        awaitCarStatus(carId, "AVAILABLE");
        awaitRental(reservationId, "CANCELLED");
        awaitMyPage(customer, reservationId, "CANCELLED", "CANCELLED", "CANCELLED");
        awaitOnOffer(customer, carId, true);

        // reserve again, then the admin records the return
        var second = reserve(customer, carId, 1);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().get("amount").asLong()).isEqualTo(50_000);
        var secondId = second.json().get("id").asString();
        var rental = awaitRental(secondId, "RENTED");
        awaitCarStatus(carId, "RENTED");

        var returned = system.post("/api/rentals/" + rental.get("id").asString() + "/return", admin, "");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        awaitCarStatus(carId, "AVAILABLE");
        awaitMyPage(customer, secondId, "COMPLETED", "APPROVED", "RETURNED");
        awaitReservationStatus(customer, secondId, "COMPLETED");
        awaitOnOffer(customer, carId, true);

        // what the customer was told, once per event, and nobody else sees it
        // a cancel answered 202 also told the customer that the refund was pending
        awaitNotifications(customer, reservationId, refundedAtOnce
                ? new String[] {"RESERVATION_CONFIRMED", "RENTAL_STARTED", "RESERVATION_CANCELLED"}
                : new String[] {"RESERVATION_CONFIRMED", "RENTAL_STARTED", "CANCEL_PENDING", "RESERVATION_CANCELLED"});
        awaitNotifications(customer, secondId, "RESERVATION_CONFIRMED", "RENTAL_STARTED", "RENTAL_RETURNED");
        var stranger = system.newCustomer("stranger." + suffix);
        var theirs = system.get("/api/notifications", stranger);
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
        assertThat(theirs.json().isEmpty()).as(theirs.body()).isTrue();
    }

    @Test
    void twenty_customers_race_for_one_car_and_exactly_one_wins() throws Exception {
        var carId = registerCar("22나" + digits(), 70_000);
        var racers = new ArrayList<String>();
        for (int i = 0; i < 20; i++) {
            racers.add(system.newCustomer("race" + i + "." + suffix));
        }
        awaitOnOffer(racers.getFirst(), carId, true);

        var statuses = system.race(racers, carId, TOMORROW, TOMORROW.plusDays(2));

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        awaitCarStatus(carId, "RENTED");
    }

    @Test
    void a_declined_payment_is_402_and_holds_nothing() {
        var customer = system.newCustomer("declined." + suffix);
        var carId = registerCar("33다" + digits(), 40_000);
        awaitOnOffer(customer, carId, true);

        assertThat(system.put("/api/payments/provider", admin, "{\"mode\":\"DECLINING\"}").status()).isEqualTo(200);
        try {
            var declined = reserve(customer, carId, 1);
            assertThat(declined.status()).as(declined.toString()).isEqualTo(402);
            assertThat(declined.contentType()).startsWith("application/problem+json");
        } finally {
            system.put("/api/payments/provider", admin, "{\"mode\":\"NORMAL\"}");
        }
        assertThat(reserve(customer, carId, 1).status()).isEqualTo(201);
    }

    @Test
    void reservations_succeed_while_management_is_down_and_the_ledger_catches_up() {
        var customer = system.newCustomer("f1." + suffix);
        var carId = registerCar("44라" + digits(), 30_000);
        awaitOnOffer(customer, carId, true);

        system.rentcar("stop", "management");
        try {
            var reserved = reserve(customer, carId, 1);
            assertThat(reserved.status()).as(reserved.toString()).isEqualTo(201);
        } finally {
            system.rentcar("start", "management");
        }
        awaitCarStatus(carId, "RENTED");
    }

    @Test
    void my_page_answers_while_the_write_side_is_down() {
        var customer = system.newCustomer("p1." + suffix);
        var carId = registerCar("55마" + digits(), 20_000);
        awaitOnOffer(customer, carId, true);
        var reservationId = reserve(customer, carId, 1).json().get("id").asString();
        awaitMyPage(customer, reservationId, "CONFIRMED", "APPROVED", "RENTED");

        system.rentcar("stop", "reservation", "payment", "rental", "management");
        try {
            var page = system.get("/api/mypage?reservationId=" + reservationId, customer);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.body()).contains(reservationId);
        } finally {
            system.rentcar("start", "reservation", "payment", "rental", "management");
        }
    }

    private RentCarSystem.Response reserve(String customer, String carId, int days) {
        return system.reserve(customer, carId, TOMORROW, TOMORROW.plusDays(days));
    }

    private String registerCar(String plate, long dailyRate) {
        var registered = system.post("/api/cars", admin, """
                {"plateNumber":"%s","model":"Kia Morning","dailyRate":%d}""".formatted(plate, dailyRate));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private void awaitOnOffer(String customer, String carId, boolean expected) {
        await().atMost(EVENTUALLY).until(() -> system.onOffer(carId, customer) == expected);
    }

    private void awaitReservationStatus(String customer, String reservationId, String status) {
        await().atMost(EVENTUALLY).until(() -> status.equals(
                system.get("/api/reservations/" + reservationId, customer).json().get("status").asString()));
    }

    private void awaitCarStatus(String carId, String status) {
        await().atMost(EVENTUALLY).until(() -> status.equals(system.get("/api/cars/" + carId, admin).json().get("status").asString()));
    }

    private JsonNode awaitRental(String reservationId, String status) {
        return await().atMost(EVENTUALLY).until(() -> {
            for (var rental : system.get("/api/rentals", admin).json()) {
                if (rental.get("reservationId").asString().equals(reservationId) && rental.get("status").asString().equals(status)) {
                    return rental;
                }
            }
            return null;
        }, r -> r != null);
    }

    private void awaitMyPage(String customer, String reservationId, String reservation, String payment, String rental) {
        await().atMost(EVENTUALLY).until(() -> {
            var page = system.get("/api/mypage?reservationId=" + reservationId, customer);
            if (page.status() != 200) {
                return false;
            }
            for (var entry : page.json().get("history")) {
                if (entry.get("reservationId").asString().equals(reservationId)) {
                    return reservation.equals(text(entry, "reservationStatus")) && payment.equals(text(entry, "paymentStatus"))
                            && rental.equals(text(entry, "rentalStatus"));
                }
            }
            return false;
        });
    }

    private void awaitNotifications(String customer, String reservationId, String... types) {
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            var notifications = system.get("/api/notifications", customer);
            assertThat(notifications.status()).as(notifications.toString()).isEqualTo(200);
            var received = new ArrayList<String>();
            for (var notification : notifications.json()) {
                if (reservationId.equals(text(notification, "reservationId"))) {
                    received.add(notification.get("type").asString());
                }
            }
            assertThat(received).containsExactlyInAnyOrder(types);
        });
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** A plate number nobody registered before, in this run or an earlier one on the same data. */
    private static String digits() {
        return String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }
}
