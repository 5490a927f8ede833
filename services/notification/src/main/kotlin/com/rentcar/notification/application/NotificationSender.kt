package com.rentcar.notification.application

import com.rentcar.notification.domain.Notification

/**
 * Delivers a stored notification to its customer (port). This is where real delivery plugs in: an adapter that
 * sends mail, SMS or a push message implements it and replaces the log adapter; nothing else changes. It is called
 * once per notification, after the notification was committed.
 */
fun interface NotificationSender {
    fun send(notification: Notification)
}
