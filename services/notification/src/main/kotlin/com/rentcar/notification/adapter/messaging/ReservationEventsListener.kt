package com.rentcar.notification.adapter.messaging

import com.rentcar.notification.adapter.messaging.ConsumedTopics.Companion.ACCEPTED_MAJORS
import com.rentcar.notification.adapter.messaging.ConsumedTopics.Companion.GROUP
import com.rentcar.notification.adapter.messaging.ConsumedTopics.Companion.RESERVATION_EVENTS
import com.rentcar.notification.application.RecordingNotification
import com.rentcar.notification.domain.CustomerNews
import com.rentcar.platform.events.EventEnvelopes
import org.slf4j.LoggerFactory
import org.springframework.kafka.annotation.KafkaListener
import org.springframework.stereotype.Component

/**
 * Follows reservation's `reservation-events` (schema major 1): `ReservationConfirmed`, `ReservationCancelPending`
 * and `ReservationCancelled` each become one notification. Other types (`ReservationCompleted`, and whatever is
 * added later) are skipped. A message that breaks the contract (unreadable, an attribute or id missing, another
 * major) goes to `reservation-events.DLT` with the reason, through the platform's error handler; the partition
 * keeps flowing.
 */
@Component
internal class ReservationEventsListener(
    private val envelopes: EventEnvelopes,
    private val recording: RecordingNotification,
) {

    @KafkaListener(topics = [RESERVATION_EVENTS], groupId = GROUP)
    fun on(message: String) {
        val event = envelopes.read(message, ACCEPTED_MAJORS)
        val news = when (event.type()) {
            "ReservationConfirmed" -> envelopes.payload<ReservationConfirmedV1>(event).news(event)
            "ReservationCancelPending" ->
                envelopes.payload<ReservationChangedV1>(event).news(event, CustomerNews::CancellationPending)
            "ReservationCancelled" ->
                envelopes.payload<ReservationChangedV1>(event).news(event, CustomerNews::ReservationCancelled)
            else -> {
                log.debug("Skipping {} {}: customers are not told about it", event.type(), event.id())
                return
            }
        }
        recording.record(news)
    }

    private companion object {
        private val log = LoggerFactory.getLogger(ReservationEventsListener::class.java)
    }
}
