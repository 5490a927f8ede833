package com.rentcar.payment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * What {@code payment-events} holds about a payment, read the way another service would: a plain consumer from
 * the beginning of every partition up to the end.
 */
public final class PaymentEventsTopic {

    public static final String TOPIC = "payment-events";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final JdbcClient jdbc;

    public PaymentEventsTopic(String bootstrapServers, JdbcClient jdbc) {
        this.bootstrapServers = bootstrapServers;
        this.jdbc = jdbc;
    }

    /**
     * Every envelope published about {@code paymentId}, in order, once the outbox has published all that was
     * staged for it (so nothing more is on its way).
     */
    public List<JsonNode> about(String paymentId) {
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                "select count(*) from outbox_event where message_key = ? and published_at is null")
                .param(paymentId).query(Integer.class).single() == 0);
        var found = new ArrayList<JsonNode>();
        try (var consumer = consumer()) {
            var partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            var giveUpAt = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > giveUpAt) {
                    throw new AssertionError("could not read " + TOPIC + " to its end within " + PATIENCE);
                }
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (paymentId.equals(record.key())) {
                        found.add(PaymentApi.JSON.readTree(record.value()));
                    }
                }
            }
        }
        return found;
    }

    /** How many events were staged in the outbox about {@code paymentId}. */
    public int staged(String paymentId) {
        return jdbc.sql("select count(*) from outbox_event where message_key = ?").param(paymentId)
                .query(Integer.class).single();
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "observer-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
    }
}
