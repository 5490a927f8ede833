package com.rentcar.payment.adapter.messaging;

import static com.rentcar.payment.PaymentApi.newCharge;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.rentcar.contracts.EventContract;
import com.rentcar.payment.PaymentApi;
import com.rentcar.payment.PaymentEventsTopic;
import com.rentcar.payment.PaymentServiceTest;
import com.rentcar.platform.test.TopicReader;

/**
 * Every event on {@code payment-events}, as another service reads it from the broker, honours the event contract
 * (contracts/, AsyncAPI and JSON Schema): the envelope, the payload of its type, and the key = subject.
 */
@PaymentServiceTest
class PublishedEventsHonourTheContractTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void every_event_published_on_payment_events_honours_the_contract() {
        var api = new PaymentApi(port);
        var paymentId = api.approved(newCharge(165_000)).path("paymentId").asString();
        assertThat(api.cancel(paymentId).statusCode()).isEqualTo(200);
        assertThat(new PaymentEventsTopic(kafka, jdbc).about(paymentId)).hasSize(2);

        try (var reader = new TopicReader(kafka, PaymentEventsTopic.TOPIC)) {
            reader.allWithKey(paymentId);
            var published = reader.records();

            assertThat(published).extracting(r -> PaymentApi.JSON.readTree(r.value()).path("type").asString())
                    .containsAll(EventContract.typesOn(PaymentEventsTopic.TOPIC));
            published.forEach(record -> EventContract.assertValid(record.key(), record.value()));
        }
    }
}
