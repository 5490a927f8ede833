package com.rentcar.reservation.adapter.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import com.rentcar.platform.kafka.DomainTopics;

/** Reservation owns {@code reservation-events} (and its dead-letter topic). */
@Configuration(proxyBeanMethods = false)
class ReservationEventTopics {

    static final String RESERVATION_EVENTS = "reservation-events";
    static final String CAR_EVENTS = "car-events";
    static final String RENTAL_EVENTS = "rental-events";

    @Bean
    KafkaAdmin.NewTopics reservationEventsTopic(DomainTopics topics) {
        return topics.declare(RESERVATION_EVENTS);
    }
}
