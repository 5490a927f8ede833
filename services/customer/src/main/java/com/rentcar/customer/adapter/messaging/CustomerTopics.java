package com.rentcar.customer.adapter.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import com.rentcar.platform.kafka.DomainTopics;

/** The customer service owns {@code customer-events} (and its dead-letter topic). */
@Configuration(proxyBeanMethods = false)
class CustomerTopics {

    static final String CUSTOMER_EVENTS = "customer-events";

    @Bean
    KafkaAdmin.NewTopics customerEventTopics(DomainTopics topics) {
        return topics.declare(CUSTOMER_EVENTS);
    }
}
