package com.rentcar.rental.adapter.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import com.rentcar.platform.kafka.DomainTopics;

/** Rental owns {@code rental-events} (and its dead-letter topic); it reads payment's {@code payment-events}. */
@Configuration(proxyBeanMethods = false)
class RentalEventTopics {

    static final String RENTAL_EVENTS = "rental-events";
    static final String PAYMENT_EVENTS = "payment-events";

    @Bean
    KafkaAdmin.NewTopics rentalEventsTopic(DomainTopics topics) {
        return topics.declare(RENTAL_EVENTS);
    }
}
