package com.rentcar.reservation.adapter.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/** Which failed payment calls may still have charged (and must be looked up) and which certainly did not. */
class PaymentFailuresTest {

    @Test
    void a_call_that_timed_out_after_it_was_sent_may_have_charged() {
        var timedOut = new ResourceAccessException("I/O error", new HttpTimeoutException("request timed out"));

        assertThat(HttpPayments.outcomeUnknown(timedOut)).isTrue();
    }

    @Test
    void a_connection_broken_mid_call_may_have_charged() {
        assertThat(HttpPayments.outcomeUnknown(new ResourceAccessException("I/O error", new IOException("reset"))))
                .isTrue();
    }

    @Test
    void a_call_that_never_connected_charged_nothing() {
        assertThat(HttpPayments.outcomeUnknown(new ResourceAccessException("I/O error", new ConnectException("refused"))))
                .isFalse();
        assertThat(HttpPayments.outcomeUnknown(new ResourceAccessException("I/O error",
                new HttpConnectTimeoutException("connect timed out")))).isFalse();
    }

    @Test
    void a_payment_that_says_it_is_overloaded_or_refuses_the_request_charged_nothing() {
        assertThat(HttpPayments.outcomeUnknown(PaymentCallFailed.answered(503))).isFalse();
        assertThat(HttpPayments.outcomeUnknown(PaymentCallFailed.answered(429))).isFalse();
        assertThat(HttpPayments.outcomeUnknown(PaymentCallFailed.answered(400))).isFalse();
        assertThat(HttpPayments.outcomeUnknown(PaymentCallFailed.tokenRefused())).isFalse();
    }

    @Test
    void a_payment_that_broke_with_another_server_error_may_have_charged() {
        assertThat(HttpPayments.outcomeUnknown(PaymentCallFailed.answered(500))).isTrue();
        assertThat(HttpPayments.outcomeUnknown(PaymentCallFailed.answered(504))).isTrue();
        assertThat(HttpPayments.outcomeUnknown(PaymentCallFailed.unreadable("garbage"))).isTrue();
    }

    @Test
    void nothing_is_charged_while_the_breaker_is_open_the_bulkhead_full_or_without_a_token() {
        var breaker = CircuitBreaker.ofDefaults("payment");
        breaker.transitionToOpenState();

        assertThat(HttpPayments.outcomeUnknown(CallNotPermittedException.createCallNotPermittedException(breaker)))
                .isFalse();
        assertThat(HttpPayments.outcomeUnknown(
                BulkheadFullException.createBulkheadFullException(Bulkhead.ofDefaults("payment")))).isFalse();
        assertThat(HttpPayments.outcomeUnknown(new ServiceTokens.ServiceLoginFailed("customer down", null))).isFalse();
    }
}
