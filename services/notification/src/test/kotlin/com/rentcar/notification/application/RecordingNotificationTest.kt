package com.rentcar.notification.application

import com.rentcar.notification.domain.CustomerId
import com.rentcar.notification.domain.CustomerNews
import com.rentcar.notification.domain.Notification
import com.rentcar.notification.domain.ReservationId
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import java.time.Instant
import java.util.UUID

class RecordingNotificationTest {

    /** A store that keeps one notification per source event, like the real one's unique constraint. */
    private class OnePerEvent : Notifications {
        val stored = mutableMapOf<UUID, Notification>()

        override fun addUnlessRecorded(notification: Notification) =
            stored.putIfAbsent(notification.sourceEventId, notification) == null

        override fun newestFirst(customerId: CustomerId, limit: Int) =
            stored.values.filter { it.customerId == customerId }.sortedByDescending { it.createdAt }.take(limit)
    }

    private val store = OnePerEvent()
    private val sent = mutableListOf<Notification>()
    private val news = CustomerNews.RentalStarted(
        UUID.randomUUID(), CustomerId(UUID.randomUUID()), ReservationId(UUID.randomUUID()), Instant.now(),
    )

    @Test
    fun `news is stored, then sent`() {
        val recording = RecordingNotification(store) { sent += it.also { n -> assertThat(store.stored).containsValue(n) } }

        val notification = recording.record(news)

        assertThat(notification).isNotNull()
        assertThat(sent).containsExactly(notification)
    }

    @Test
    fun `news recorded before is neither stored nor sent again`() {
        val recording = RecordingNotification(store) { sent += it }
        recording.record(news)

        assertThat(recording.record(news)).isNull()
        assertThat(store.stored).hasSize(1)
        assertThat(sent).hasSize(1)
    }

    @Test
    fun `a sender that fails leaves the notification stored and the news recorded`() {
        val recording = RecordingNotification(store) { throw IllegalStateException("mail server down") }

        val notification = recording.record(news)

        assertThat(notification).isNotNull()
        assertThat(store.stored.values).containsExactly(notification)
    }
}
