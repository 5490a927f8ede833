package com.rentcar.notification.adapter.messaging

import com.rentcar.notification.adapter.messaging.ConsumedTopics.Companion.ACCEPTED_MAJORS
import com.rentcar.notification.adapter.messaging.ConsumedTopics.Companion.GROUP
import com.rentcar.notification.adapter.messaging.ConsumedTopics.Companion.RENTAL_EVENTS
import com.rentcar.notification.application.RecordingNotification
import com.rentcar.notification.domain.CustomerNews
import com.rentcar.platform.events.EventEnvelopes
import org.slf4j.LoggerFactory
import org.springframework.kafka.annotation.KafkaListener
import org.springframework.stereotype.Component

/**
 * Follows rental's `rental-events` (schema major 1): `Rented` and `CarReturned` each become one notification.
 * `RentalCancelled` is skipped (the customer hears about the cancellation and the refund from reservation's
 * `ReservationCancelled`), as is any other type. Contract breakers go to `rental-events.DLT` with the reason.
 */
@Component
internal class RentalEventsListener(
    private val envelopes: EventEnvelopes,
    private val recording: RecordingNotification,
) {

    @KafkaListener(topics = [RENTAL_EVENTS], groupId = GROUP)
    fun on(message: String) {
        val event = envelopes.read(message, ACCEPTED_MAJORS)
        val news = when (event.type()) {
            "Rented" -> envelopes.payload<RentalChangedV1>(event).news(event, CustomerNews::RentalStarted)
            "CarReturned" -> envelopes.payload<RentalChangedV1>(event).news(event, CustomerNews::CarReturned)
            else -> {
                log.debug("Skipping {} {}: customers are not told about it", event.type(), event.id())
                return
            }
        }
        recording.record(news)
    }

    private companion object {
        private val log = LoggerFactory.getLogger(RentalEventsListener::class.java)
    }
}
