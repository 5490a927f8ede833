package com.rentcar.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import com.rentcar.customer.support.Api;
import com.rentcar.customer.support.CustomerServiceTest;

class SigningUpIntegrationTest extends CustomerServiceTest {

    @Test
    void a_new_customer_gets_a_profile_without_the_password_and_a_location() {
        var username = uniqueUsername("kim");
        var reply = api.post("/api/customers", Api.json(Map.of("username", username, "password", "correct horse",
                "name", "Kim Minji", "email", "minji@example.com", "phone", "+82 10-1234-5678")));

        assertThat(reply.status()).isEqualTo(201);
        var profile = reply.json();
        assertThat(profile.propertyNames()).containsExactlyInAnyOrder(
                "id", "username", "name", "email", "phone", "roles", "registeredAt");
        assertThat(profile.get("username").asString()).isEqualTo(username);
        assertThat(profile.get("name").asString()).isEqualTo("Kim Minji");
        assertThat(profile.get("email").asString()).isEqualTo("minji@example.com");
        assertThat(profile.get("phone").asString()).isEqualTo("+82 10-1234-5678");
        assertThat(profile.get("roles").toString()).isEqualTo("[\"CUSTOMER\"]");
        assertThat(profile.get("registeredAt").asString()).isNotBlank();
        assertThat(reply.body()).doesNotContain("correct horse").doesNotContainIgnoringCase("password");
        assertThat(reply.header("Location")).endsWith("/api/customers/" + profile.get("id").asString());
    }

    @Test
    void the_stored_password_is_a_bcrypt_hash() {
        var username = uniqueUsername("hash");
        api.signUp(username, "correct horse");

        var stored = jdbc.sql("select password_hash from customer where username = ?").param(username)
                .query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2a$10$").doesNotContain("correct horse");
    }

    @Test
    void a_taken_username_is_refused_with_409_and_stored_once() {
        var username = uniqueUsername("twice");
        api.signUp(username, "first password");
        int staged = stagedEvents();

        var reply = api.post("/api/customers", Api.json(Map.of("username", username, "password", "second password",
                "name", "Someone Else", "email", "else@example.com", "phone", "010-0000-0000")));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.detail()).contains(username).contains("taken");
        assertThat(accountsNamed(username)).isEqualTo(1);
        assertThat(stagedEvents()).isEqualTo(staged);
    }

    @Test
    void a_taken_username_is_an_expected_refusal_not_a_warning_in_the_log() {
        var username = uniqueUsername("quiet");
        api.signUp(username, "first password");
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        root.addAppender(logged);
        try {
            var reply = api.post("/api/customers", Api.json(Map.of("username", username, "password",
                    "second password", "name", "Someone Else", "email", "else@example.com", "phone", "010-0000-0000")));

            assertThat(reply.status()).isEqualTo(409);
        } finally {
            root.detachAppender(logged);
        }
        assertThat(logged.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(SigningUpIntegrationTest::messageAndStackTrace)
                .noneMatch(line -> line.contains(username) || line.contains("23505")
                        || line.contains("customer_username_unique"));
    }

    @Test
    void of_customers_racing_for_one_username_exactly_one_wins() throws Exception {
        var username = uniqueUsername("race");
        var start = new CountDownLatch(1);
        var attempts = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 6; i++) {
            var body = Api.json(Map.of("username", username, "password", "password-" + i, "name", "Racer " + i,
                    "email", "racer" + i + "@example.com", "phone", "010-0000-000" + i));
            attempts.add(() -> {
                start.await();
                return api.post("/api/customers", body).status();
            });
        }
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var results = attempts.stream().map(pool::submit).toList();
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        }
        assertThat(accountsNamed(username)).isEqualTo(1);
    }

    private static String messageAndStackTrace(ILoggingEvent event) {
        var thrown = event.getThrowableProxy();
        return event.getFormattedMessage() + (thrown == null ? "" : ThrowableProxyUtil.asString(thrown));
    }

    static Stream<Arguments> invalidSignUps() {
        return Stream.of(
                invalid("username", "a".repeat(1000)),
                invalid("username", "ab"),
                invalid("username", "Kim"),
                invalid("username", "kim minji"),
                invalid("username", null),
                invalid("password", "short"),
                invalid("password", "p".repeat(10_000)),
                invalid("password", "가".repeat(30)),
                invalid("password", null),
                invalid("name", "n".repeat(10_000)),
                invalid("name", "   "),
                invalid("name", null),
                invalid("email", "not-an-email"),
                invalid("email", "kim@localhost"),
                invalid("email", "kim@@example.com"),
                invalid("email", "e".repeat(10_000) + "@example.com"),
                invalid("email", null),
                invalid("phone", "010-CALL-ME"),
                invalid("phone", "1".repeat(10_000)),
                invalid("phone", ""),
                invalid("phone", null),
                invalid("phone", java.util.List.of("010-1234-5678")),
                invalid("name", Map.of("first", "Kim")),
                invalid("password", true),
                invalid("username", 12345));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidSignUps")
    void an_invalid_field_is_refused_with_a_problem_naming_it_and_nothing_is_stored(String field, Object value) {
        var username = uniqueUsername("invalid");
        var body = new LinkedHashMap<String, Object>(Map.of("username", username, "password", "a fine password",
                "name", "Kim Minji", "email", "minji@example.com", "phone", "010-1234-5678"));
        body.put(field, value);
        int accounts = accounts();
        int staged = stagedEvents();

        var reply = api.post("/api/customers", Api.json(body));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.detail()).contains(field);
        assertThat(accounts()).isEqualTo(accounts);
        assertThat(stagedEvents()).isEqualTo(staged);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("unreadableBodies")
    void an_unreadable_body_is_refused_with_400_and_nothing_is_stored(String body) {
        int accounts = accounts();

        var reply = api.post("/api/customers", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.detail()).isNotBlank();
        assertThat(accounts()).isEqualTo(accounts);
    }

    static Stream<String> unreadableBodies() {
        return Stream.of(null, "", "null", "{\"username\": \"kim\", ", "not json at all", "[]", "42");
    }

    private static Arguments invalid(String field, Object value) {
        return Arguments.of(field, value);
    }
}
