package com.rentcar.management.adapter.messaging;

import static com.rentcar.management.LedgerApi.JSON;
import static com.rentcar.management.LedgerApi.uniquePlate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.rentcar.contracts.EventContract;
import com.rentcar.management.LedgerApi;
import com.rentcar.management.application.ChangingCarStatus;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.RentalId;
import com.rentcar.platform.test.ServiceIntegrationTest;
import com.rentcar.platform.test.TestTokens;
import com.rentcar.platform.test.TopicReader;

/**
 * Every event on {@code car-events}, as another service reads it from the broker, honours the event contract
 * (contracts/, AsyncAPI and JSON Schema): the envelope, the payload of its type, and the key = subject.
 */
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PublishedEventsHonourTheContractTest {

    private static final String TOPIC = "car-events";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    ChangingCarStatus changingStatus;

    @Test
    void every_event_published_on_car_events_honours_the_contract() {
        var carId = new LedgerApi(port).register(uniquePlate(), "Kia Ray", 40_000).path("id").asString();
        var car = new CarId(UUID.fromString(carId));
        var rental = new RentalId(UUID.randomUUID());
        changingStatus.rentOut(car, rental);
        changingStatus.release(car, rental);

        try (var reader = new TopicReader(bootstrapServers, TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> reader.withKey(carId).size() == 3);
            reader.allWithKey(carId);
            var published = reader.records();

            assertThat(published).extracting(r -> JSON.readTree(r.value()).path("type").asString())
                    .containsAll(EventContract.typesOn(TOPIC));
            published.forEach(record -> EventContract.assertValid(record.key(), record.value()));
        }
    }
}
