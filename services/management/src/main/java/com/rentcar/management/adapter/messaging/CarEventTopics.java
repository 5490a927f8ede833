package com.rentcar.management.adapter.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import com.rentcar.platform.kafka.DomainTopics;

/** Management owns {@code car-events} (and its dead-letter topic). */
@Configuration(proxyBeanMethods = false)
class CarEventTopics {

    static final String CAR_EVENTS = "car-events";

    @Bean
    KafkaAdmin.NewTopics carEventsTopic(DomainTopics topics) {
        return topics.declare(CAR_EVENTS);
    }
}
