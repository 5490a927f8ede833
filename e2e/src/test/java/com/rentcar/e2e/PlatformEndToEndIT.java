package com.rentcar.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform issue's user story, through the gateway of a system started by {@code ./rentcar up}:
 * sign up, log in, read the profile; the admin registers a car and reads the ledger.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningSystem.class)
class PlatformEndToEndIT {

    private static final RentCarSystem system = RunningSystem.SYSTEM;
    private static final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @Order(1)
    void every_component_reports_healthy() {
        var status = system.rentcar("status");
        for (var component : List.of("postgres", "kafka", "customer", "management", "payment", "reservation", "rental", "mypage", "notification", "gateway")) {
            assertThat(status).containsPattern("(?m)^\\s*" + component + "\\b.*\\bUP\\b");
        }
        assertThat(system.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void a_customer_signs_up_logs_in_and_reads_their_profile() {
        var username = "kim." + suffix;
        var signUp = system.post("/api/customers", null, """
                {"username":"%s","password":"s3cret-pass","name":"Kim Minji","email":"minji@example.com","phone":"+82 10-1234-5678"}"""
                .formatted(username));
        assertThat(signUp.status()).as(signUp.toString()).isEqualTo(201);
        assertThat(signUp.body()).doesNotContain("s3cret-pass");

        var token = login(username, "s3cret-pass");
        var me = system.get("/api/customers/me", token);

        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo(username);
        assertThat(me.json().get("email").asString()).isEqualTo("minji@example.com");

        var again = system.post("/api/customers", null, """
                {"username":"%s","password":"another-pass","name":"Someone","email":"x@example.com","phone":"010"}"""
                .formatted(username));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Order(3)
    void the_admin_registers_a_car_and_reads_the_ledger() {
        var admin = login("admin", "admin");
        var plate = "12가" + (1000 + Math.abs(suffix.hashCode() % 9000));

        var registered = system.post("/api/cars", admin, """
                {"plateNumber":"%s","model":"Hyundai Avante","dailyRate":55000}""".formatted(plate));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        var car = registered.json();
        assertThat(car.get("status").asString()).isEqualTo("AVAILABLE");
        var id = car.get("id").asString();

        var ledger = system.get("/api/cars", admin);
        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.body()).contains(id).contains(plate);

        var one = system.get("/api/cars/" + id, admin);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("dailyRate").asLong()).isEqualTo(55000);

        var duplicate = system.post("/api/cars", admin, """
                {"plateNumber":"%s","model":"Kia K5","dailyRate":60000}""".formatted(plate));
        assertThat(duplicate.status()).isEqualTo(409);

        assertThat(carEventKeysUntil(id)).contains(id);
    }

    @Test
    @Order(4)
    void the_gateway_refuses_what_is_not_allowed_with_problem_details() {
        var customer = signUpAndLogin("lee." + suffix);

        var noToken = system.get("/api/cars", null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.contentType()).startsWith("application/problem+json");

        var forged = system.get("/api/cars", customer.substring(0, customer.length() - 4) + "AAAA");
        assertThat(forged.status()).isEqualTo(401);

        var notAdmin = system.get("/api/cars", customer);
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(notAdmin.contentType()).startsWith("application/problem+json");

        var unknown = system.get("/api/nothing-here", customer);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        var badInput = system.post("/api/cars", login("admin", "admin"), """
                {"plateNumber":"99허9999","model":"Kia Ray","dailyRate":1000.5}""");
        assertThat(badInput.status()).isEqualTo(400);
        assertThat(badInput.json().get("detail").asString()).contains("dailyRate");
    }

    @Test
    @Order(5)
    void a_stopped_service_answers_503_with_retry_after_and_comes_back() {
        var admin = login("admin", "admin");
        system.rentcar("stop", "management");
        try {
            var down = system.get("/api/cars", admin);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.contentType()).startsWith("application/problem+json");
            assertThat(down.retryAfter()).isNotBlank();
        } finally {
            system.rentcar("start", "management");
        }
        assertThat(system.get("/api/cars", admin).status()).isEqualTo(200);
    }

    private static String signUpAndLogin(String username) {
        var signUp = system.post("/api/customers", null, """
                {"username":"%s","password":"s3cret-pass","name":"Lee","email":"lee@example.com","phone":"010-0000-0000"}"""
                .formatted(username));
        assertThat(signUp.status()).as(signUp.toString()).isEqualTo(201);
        return login(username, "s3cret-pass");
    }

    private static String login(String username, String password) {
        var response = system.post("/api/auth/login", null,
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("tokenType").asString()).isEqualTo("Bearer");
        return response.json().get("accessToken").asString();
    }

    /** The keys on the real broker's car-events topic, read until the expected one has arrived: CarRegistered left the outbox. */
    private static List<String> carEventKeysUntil(String expectedKey) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID()),
                new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor("car-events", Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition("car-events", p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var keys = new ArrayList<String>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    keys.add(record.key());
                }
                return keys.contains(expectedKey);
            });
            return keys;
        }
    }
}
