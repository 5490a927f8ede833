package com.rentcar.payment.adapter.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import com.rentcar.platform.kafka.DomainTopics;

/** Payment owns {@code payment-events} (and its dead-letter topic). */
@Configuration(proxyBeanMethods = false)
class PaymentEventTopics {

    static final String PAYMENT_EVENTS = "payment-events";

    @Bean
    KafkaAdmin.NewTopics paymentEventsTopic(DomainTopics topics) {
        return topics.declare(PAYMENT_EVENTS);
    }
}
