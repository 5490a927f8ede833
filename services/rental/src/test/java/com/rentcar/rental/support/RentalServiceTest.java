package com.rentcar.rental.support;

import com.rentcar.platform.test.TopicReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;

import com.rentcar.platform.events.EventEnvelope;
import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.kafka.DomainTopics;
import com.rentcar.platform.test.ServiceIntegrationTest;
import com.rentcar.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

/**
 * The rental service started for real (HTTP on a random port, embedded KRaft broker, its own PostgreSQL database),
 * trusting {@link TestTokens}; payment is played by a plain Kafka producer writing envelopes to
 * {@code payment-events}. Every test class extending this shares one running service; tests keep apart by using
 * their own payments, reservations and cars.
 */
@ServiceIntegrationTest
@Import({TestTokens.Verification.class, RentalServiceTest.PaymentTopic.class})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class RentalServiceTest {

    public static final Duration PATIENCE = Duration.ofSeconds(30);
    public static final String PAYMENT_EVENTS = "payment-events";
    public static final String RENTAL_EVENTS = "rental-events";

    /** payment-events and its dead-letter topic, declared here as payment (their owner) declares them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class PaymentTopic {

        @Bean
        KafkaAdmin.NewTopics paymentEvents(DomainTopics topics) {
            return topics.declare(PAYMENT_EVENTS);
        }
    }

    /** What payment says about one payment of one reservation. */
    public record Payment(UUID paymentId, UUID reservationId, UUID customerId, UUID carId, long amount) {

        public static Payment newPayment() {
            return forCar(UUID.randomUUID());
        }

        public static Payment forCar(UUID carId) {
            return new Payment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), carId, 110_000);
        }

        public String key() {
            return paymentId.toString();
        }
    }

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    @Autowired
    protected EventEnvelopes envelopes;

    @Autowired
    protected JdbcClient jdbc;

    protected RentalApi api;
    private KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        api = new RentalApi(port);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    // ---- payment's events

    /** Publishes PaymentApproved; returns its event id. */
    protected UUID publishApproved(Payment payment) {
        return publish(payment.key(), approvedMessage(payment));
    }

    /** Publishes PaymentCancelled; returns its event id. */
    protected UUID publishCancelled(Payment payment) {
        return publish(payment.key(), cancelledMessage(payment));
    }

    protected String approvedMessage(Payment payment) {
        var data = data(payment);
        data.put("approvedAt", Instant.now().toString());
        return message("PaymentApproved", "1.0", payment.key(), data);
    }

    protected String cancelledMessage(Payment payment) {
        var data = data(payment);
        data.put("cancelledAt", Instant.now().toString());
        return message("PaymentCancelled", "1.0", payment.key(), data);
    }

    /** An envelope as payment writes it (source {@code payment}), built with the platform's {@link EventEnvelopes}. */
    protected String message(String type, String schemaVersion, String subject, Object data) {
        var wrapped = envelopes.wrap(type, schemaVersion, subject, data);
        return envelopes.write(new EventEnvelope(wrapped.specversion(), wrapped.id(), wrapped.type(), "payment",
                wrapped.time(), wrapped.subject(), wrapped.schemaversion(), wrapped.datacontenttype(), wrapped.data()));
    }

    /** Sends one message to payment-events and waits for the broker's acknowledgement; returns its id if it has one. */
    protected UUID publish(String key, String message) {
        try {
            producer.send(new ProducerRecord<>(PAYMENT_EVENTS, key, message)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        try {
            return UUID.fromString(RentalApi.JSON.readTree(message).path("id").asString());
        } catch (RuntimeException notAnEnvelope) {
            return null;
        }
    }

    protected static Map<String, Object> data(Payment payment) {
        var data = new LinkedHashMap<String, Object>();
        data.put("paymentId", payment.paymentId().toString());
        data.put("reservationId", payment.reservationId().toString());
        data.put("customerId", payment.customerId().toString());
        data.put("carId", payment.carId().toString());
        data.put("amount", payment.amount());
        return data;
    }

    /** Whether the service has applied the event with this id. */
    protected boolean processed(UUID eventId) {
        return jdbc.sql("select count(*) from processed_event where event_id = ?").param(eventId)
                .query(Long.class).single() > 0;
    }

    // ---- the rentals, as staff see them

    /** Publishes the approval of a new payment and waits for its rental; returns the rental. */
    protected JsonNode rentedOut(Payment payment) {
        publishApproved(payment);
        return awaitRental(payment.reservationId(), "RENTED");
    }

    /** Waits until the reservation's rental is in {@code status}, as listed by the API; returns it. */
    protected JsonNode awaitRental(UUID reservationId, String status) {
        return await().atMost(PATIENCE).until(() -> rentalOf(reservationId),
                rental -> rental != null && status.equals(rental.path("status").asString()));
    }

    /** The reservation's rental as listed by the API, or null. */
    protected JsonNode rentalOf(UUID reservationId) {
        return rentals("").stream().filter(r -> r.path("reservationId").asString().equals(reservationId.toString()))
                .findFirst().orElse(null);
    }

    /** GET /api/rentals with the query as an admin. */
    protected List<JsonNode> rentals(String query) {
        return RentalApi.ok(api.get("/api/rentals" + query, TestTokens.admin())).valueStream().toList();
    }

    protected int rentalRowsOf(UUID reservationId) {
        return jdbc.sql("select count(*) from rental where reservation_id = ?").param(reservationId)
                .query(Integer.class).single();
    }

    // ---- rental's events

    /**
     * Every envelope on rental-events about the rental, in order, once the outbox has published all it staged
     * about it (so nothing more is on its way).
     */
    protected List<JsonNode> rentalEvents(String rentalId) {
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                "select count(*) from outbox_event where message_key = ? and published_at is null")
                .param(rentalId).query(Integer.class).single() == 0);
        try (var reader = new TopicReader(bootstrapServers, RENTAL_EVENTS)) {
            var records = reader.allWithKey(rentalId);
            return records.stream().map(r -> RentalApi.JSON.readTree(r.value())).toList();
        }
    }

    protected static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.path("type").asString()).toList();
    }

    /** Checks what every envelope rental writes carries. */
    protected static void assertEnvelope(JsonNode event, String type, String rentalId) {
        assertThat(UUID.fromString(event.path("id").asString())).isNotNull();
        assertThat(event.path("specversion").asString()).isEqualTo("1.0");
        assertThat(event.path("type").asString()).isEqualTo(type);
        assertThat(event.path("source").asString()).isEqualTo("rental");
        assertThat(event.path("subject").asString()).isEqualTo(rentalId);
        assertThat(event.path("schemaversion").asString()).isEqualTo("1.0");
        assertThat(event.path("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(Instant.parse(event.path("time").asString())).isBeforeOrEqualTo(Instant.now());
    }
}
