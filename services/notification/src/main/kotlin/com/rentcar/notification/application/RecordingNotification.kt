package com.rentcar.notification.application

import com.rentcar.notification.domain.CustomerNews
import com.rentcar.notification.domain.Notification
import org.slf4j.LoggerFactory
import org.springframework.stereotype.Service
import java.util.UUID

/**
 * Something happened to a customer's reservation or rental: keep a notification about it and send it. Each piece
 * of news gives one notification, however often its event arrives (the store's unique source event decides), and
 * only a notification stored now is sent, after it is committed: the store is one insert, committed on its own.
 */
@Service
class RecordingNotification(
    private val notifications: Notifications,
    private val sender: NotificationSender,
) {

    /** @return the notification stored now; null when this news had been recorded before (a redelivery) */
    fun record(news: CustomerNews): Notification? {
        val notification = Notification.about(news, UUID.randomUUID())
        if (!notifications.addUnlessRecorded(notification)) {
            log.info("Event {} has its notification already; nothing recorded or sent again", news.eventId)
            return null
        }
        send(notification)
        return notification
    }

    /**
     * Delivery is best effort and at most once: the notification is kept and listed whatever happens here, and
     * a failing sender must not make the event be handled again. A real mail/SMS adapter that needs retries keeps
     * its own delivery state.
     */
    private fun send(notification: Notification) {
        try {
            sender.send(notification)
        } catch (e: RuntimeException) {
            log.warn("Notification {} is stored but could not be sent: {}", notification.id, e.toString())
        }
    }

    private companion object {
        private val log = LoggerFactory.getLogger(RecordingNotification::class.java)
    }
}
