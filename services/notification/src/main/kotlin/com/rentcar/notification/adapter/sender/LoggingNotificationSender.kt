package com.rentcar.notification.adapter.sender

import com.rentcar.notification.application.NotificationSender
import com.rentcar.notification.domain.Notification
import org.slf4j.LoggerFactory
import org.springframework.stereotype.Component

/**
 * Delivers notifications to the service's log: "to <customerId>: <message>". The local stand-in for real
 * delivery; a mail, SMS or push adapter implements [NotificationSender] the same way and takes this one's place
 * (for instance as a bean of a profile, or with this one made conditional on no other sender).
 */
@Component
internal class LoggingNotificationSender : NotificationSender {

    override fun send(notification: Notification) {
        log.info("to {}: {}", notification.customerId, notification.message)
    }

    private companion object {
        private val log = LoggerFactory.getLogger(LoggingNotificationSender::class.java)
    }
}
