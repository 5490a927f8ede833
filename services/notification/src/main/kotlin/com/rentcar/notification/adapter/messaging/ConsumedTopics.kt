package com.rentcar.notification.adapter.messaging

import com.rentcar.platform.kafka.DomainTopics
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.kafka.core.KafkaAdmin

/**
 * The topics notification reads, as the event contract names them. Their owners (reservation, rental) declare
 * them; notification declares them too, with their `.DLT`, so that it can start before their owners: declaring a
 * topic that exists changes nothing, while a topic created on the fly by a consumer's first look at it would get
 * the broker's default partition count instead of the contract's 3.
 */
@Configuration(proxyBeanMethods = false)
internal class ConsumedTopics {

    @Bean
    fun reservationEventsTopics(topics: DomainTopics): KafkaAdmin.NewTopics = topics.declare(RESERVATION_EVENTS)

    @Bean
    fun rentalEventsTopics(topics: DomainTopics): KafkaAdmin.NewTopics = topics.declare(RENTAL_EVENTS)

    companion object {
        const val RESERVATION_EVENTS = "reservation-events"
        const val RENTAL_EVENTS = "rental-events"
        const val GROUP = "notification"

        /** The schema majors this consumer was written for; another major goes to the topic's `.DLT`. */
        val ACCEPTED_MAJORS: Set<Int> = setOf(1)
    }
}
