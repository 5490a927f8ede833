package com.rentcar.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Partitions and replication of the topics a service declares. */
@ConfigurationProperties("rentcar.kafka.topics")
public record KafkaTopicProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor) {
}
