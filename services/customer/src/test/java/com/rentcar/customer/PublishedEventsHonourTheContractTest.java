package com.rentcar.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.rentcar.contracts.EventContract;
import com.rentcar.customer.support.Api;
import com.rentcar.customer.support.CustomerServiceTest;
import com.rentcar.platform.test.TopicReader;

/**
 * Every event on {@code customer-events}, as another service reads it from the broker, honours the event contract
 * (contracts/, AsyncAPI and JSON Schema): the envelope, the payload of its type, and the key = subject.
 */
class PublishedEventsHonourTheContractTest extends CustomerServiceTest {

    private static final String TOPIC = "customer-events";

    @Test
    void every_event_published_on_customer_events_honours_the_contract() {
        var id = api.signUp(uniqueUsername("contract"), "a secret nobody sees").get("id").asString();

        try (var reader = new TopicReader(bootstrapServers, TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !reader.withKey(id).isEmpty());
            reader.allWithKey(id);
            var published = reader.records();

            assertThat(published).extracting(r -> Api.JSON.readTree(r.value()).path("type").asString())
                    .containsAll(EventContract.typesOn(TOPIC));
            published.forEach(record -> EventContract.assertValid(record.key(), record.value()));
        }
    }
}
