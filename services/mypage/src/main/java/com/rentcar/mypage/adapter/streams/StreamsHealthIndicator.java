package com.rentcar.mypage.adapter.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * UP only while the stream is RUNNING, the only state in which pages can be read; part of the readiness group,
 * so no traffic is routed to an instance that is starting, restoring its store or rebalancing.
 */
final class StreamsHealthIndicator implements HealthIndicator {

    private final StreamsBuilderFactoryBean streams;

    StreamsHealthIndicator(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        var kafkaStreams = streams.getKafkaStreams();
        var state = kafkaStreams == null ? "NOT_STARTED" : kafkaStreams.state().name();
        var health = kafkaStreams != null && kafkaStreams.state() == KafkaStreams.State.RUNNING
                ? Health.up() : Health.outOfService();
        return health.withDetail("state", state).build();
    }
}
