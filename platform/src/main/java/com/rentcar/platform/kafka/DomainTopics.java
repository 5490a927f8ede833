package com.rentcar.platform.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares a domain topic together with its dead-letter topic. The owning service declares its topics;
 * replication follows the environment (1 locally, 3 on a cluster).
 */
public final class DomainTopics {

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private final KafkaTopicProperties properties;

    public DomainTopics(KafkaTopicProperties properties) {
        this.properties = properties;
    }

    public KafkaAdmin.NewTopics declare(String topic) {
        return new KafkaAdmin.NewTopics(build(topic), build(topic + DEAD_LETTER_SUFFIX));
    }

    private NewTopic build(String name) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .build();
    }
}
