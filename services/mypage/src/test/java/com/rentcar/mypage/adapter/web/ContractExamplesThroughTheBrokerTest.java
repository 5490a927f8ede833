package com.rentcar.mypage.adapter.web;

import static com.rentcar.mypage.MyPageApi.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rentcar.contracts.EventContract;
import com.rentcar.mypage.ContractEvents;
import com.rentcar.mypage.ContractEvents.Message;
import com.rentcar.mypage.EventTopics;
import com.rentcar.mypage.MyPageApi;
import com.rentcar.mypage.MyPageServiceTest;
import com.rentcar.platform.test.TestTokens;

/**
 * The running service reads the contract's examples (contracts/, schema 1.0) from the real broker, and sends a
 * major version it was not written for to the dead-letter topic. Every type is covered record by record in
 * {@code ContractExamplesAreAcceptedTest}.
 */
@MyPageServiceTest
class ContractExamplesThroughTheBrokerTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    MyPageApi api;
    EventTopics topics;

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
    void the_contracts_examples_are_shown_and_a_major_version_my_page_does_not_know_is_dead_lettered() {
        var customer = UUID.randomUUID();
        var reservation = UUID.randomUUID();
        var payment = UUID.randomUUID();
        var ours = Map.of("data.customerId", customer.toString(), "data.reservationId", reservation.toString());

        topics.publish(example("customer-events", "CustomerRegistered", Map.of("data.customerId", customer.toString())),
                example("reservation-events", "ReservationConfirmed", ours),
                example("payment-events", "PaymentApproved", Map.of("data.customerId", customer.toString(),
                        "data.reservationId", reservation.toString(), "data.paymentId", payment.toString(),
                        "schemaversion", "2.0")));

        var page = api.awaitMyPage(TestTokens.customer(customer),
                shown -> "CONFIRMED".equals(entry(shown, reservation).path("reservationStatus").asString(null))
                        && shown.path("customer").path("name").asString("").equals("Kim Minji"));
        assertThat(entry(page, reservation).path("paymentStatus").isNull()).isTrue();
        var dead = topics.awaitRecords("payment-events.DLT", payment.toString());
        assertThat(new String(dead.getFirst().headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8)).contains("unsupported schema version 2.0");
    }

    private static Message example(String topic, String type, Map<String, String> changes) {
        var event = EventContract.exampleWith(type, changes);
        return new Message(topic, ContractEvents.JSON.readTree(event).path("subject").asString(), event);
    }
}
