package com.rentcar.mypage.adapter.web;

import static com.rentcar.mypage.MyPageApi.assertProblem;
import static com.rentcar.mypage.MyPageApi.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/** Who may read which page, and what the probes say. */
@MyPageServiceTest
class MyPageAccessTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    MyPageApi api;

    @BeforeEach
    void connect() {
        api = new MyPageApi(port);
    }

    @Test
    void without_a_token_my_page_answers_401() {
        var response = api.get("/api/mypage", null);

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void a_forged_or_expired_token_is_refused() {
        var customer = UUID.randomUUID();

        assertProblem(api.get("/api/mypage", TestTokens.tampered(customer)), 401);
        assertProblem(api.get("/api/mypage", TestTokens.expired(customer)), 401);
        assertProblem(api.get("/api/mypage", TestTokens.signedByStranger(customer)), 401);
        assertProblem(api.get("/api/mypage/" + customer, TestTokens.unsigned(customer)), 401);
    }

    @Test
    void a_customer_cannot_read_another_customers_page() {
        var me = UUID.randomUUID();

        assertProblem(api.get("/api/mypage/" + UUID.randomUUID(), TestTokens.customer(me)), 403);
        assertProblem(api.get("/api/mypage/" + me, TestTokens.customer(me)), 403);
    }

    @Test
    void an_admin_reads_any_customers_page_for_support() {
        var customer = UUID.randomUUID();
        var trip = Trip.of(customer);
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (var topics = new EventTopics(kafka)) {
            topics.publish(ContractEvents.customerRegistered(customer, "choi", "Choi Yuna", now),
                    trip.reservationConfirmed(now.plusSeconds(60)));
        }
        var own = api.awaitMyPage(TestTokens.customer(customer), page -> page.path("history").size() == 1
                && page.path("customer").isObject());

        var response = api.get("/api/mypage/" + customer, TestTokens.admin());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body(response)).isEqualTo(own);
    }

    @Test
    void an_admin_has_no_page_of_their_own() {
        assertProblem(api.get("/api/mypage", TestTokens.admin()), 403);
    }

    @Test
    void a_customer_id_that_is_not_an_id_is_a_bad_request() {
        assertProblem(api.get("/api/mypage/not-a-uuid", TestTokens.admin()), 400);
    }

    @Test
    void the_service_is_ready_once_its_stream_runs() {
        await().atMost(MyPageApi.PATIENCE).until(() -> api.get("/actuator/health/readiness", null).statusCode() == 200);

        var readiness = body(api.get("/actuator/health/readiness", null));
        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }
}
