package com.rentcar.payment.adapter.web;

import static com.rentcar.payment.PaymentApi.assertProblem;
import static com.rentcar.payment.PaymentApi.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rentcar.payment.PaymentApi;
import com.rentcar.payment.PaymentServiceTest;
import com.rentcar.platform.test.TestTokens;

/** The drill and benchmark switch of the simulated provider. */
@PaymentServiceTest
class ProviderSwitchTest {

    @LocalServerPort
    int port;

    PaymentApi api;

    @BeforeEach
    void connect() {
        api = new PaymentApi(port);
    }

    @AfterEach
    void providerBackToNormal() {
        api.provider("NORMAL", 5_000L);
    }

    @Test
    void the_provider_starts_normal_with_a_five_second_slow_delay() {
        var settings = api.get("/api/payments/provider", TestTokens.admin());

        assertThat(settings.statusCode()).as(settings.body()).isEqualTo(200);
        assertThat(body(settings).path("mode").asString()).isEqualTo("NORMAL");
        assertThat(body(settings).path("delayMs").asLong()).isEqualTo(5_000);
    }

    @Test
    void an_admin_switches_the_mode_and_the_delay_stays_unless_a_new_one_is_given() {
        var slow = api.provider("SLOW", 1_200L);
        var failing = api.provider("FAILING", null);

        assertThat(slow.path("mode").asString()).isEqualTo("SLOW");
        assertThat(slow.path("delayMs").asLong()).isEqualTo(1_200);
        assertThat(failing.path("mode").asString()).isEqualTo("FAILING");
        assertThat(failing.path("delayMs").asLong()).isEqualTo(1_200);
        assertThat(body(api.get("/api/payments/provider", TestTokens.admin()))).isEqualTo(failing);
    }

    static Stream<Arguments> invalid_settings() {
        return Stream.of(
                arguments("{}", "mode"),
                arguments("{\"mode\": null}", "mode"),
                arguments("{\"mode\": \"BROKEN\"}", "mode"),
                arguments("{\"mode\": 1}", "mode"),
                arguments("{\"mode\": \"SLOW\", \"delayMs\": -1}", "delayMs"),
                arguments("{\"mode\": \"SLOW\", \"delayMs\": 60001}", "delayMs"),
                arguments("{\"mode\": \"SLOW\", \"delayMs\": \"500\"}", "delayMs"),
                arguments("{\"mode\": \"SLOW\", \"delayMs\": 1.5}", "delayMs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid_settings")
    void invalid_settings_are_400_naming_the_field_and_change_nothing(String body, String field) {
        var response = api.put("/api/payments/provider", TestTokens.admin(), body);

        assertProblem(response, 400);
        assertThat(body(response).path("detail").asString()).contains(field);
        assertThat(body(api.get("/api/payments/provider", TestTokens.admin())).path("mode").asString())
                .isEqualTo("NORMAL");
    }
}
