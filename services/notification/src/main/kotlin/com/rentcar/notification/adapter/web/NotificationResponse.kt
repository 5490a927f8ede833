package com.rentcar.notification.adapter.web

import com.rentcar.notification.domain.Notification
import com.rentcar.notification.domain.NotificationType
import java.time.Instant
import java.util.UUID

/** One notification as the customer reads it; `createdAt` is when the news happened. */
internal data class NotificationResponse(
    val id: UUID,
    val type: NotificationType,
    val reservationId: UUID,
    val message: String,
    val createdAt: Instant,
) {
    companion object {
        fun of(notification: Notification) = NotificationResponse(
            notification.id,
            notification.type,
            notification.reservationId.value,
            notification.message,
            notification.createdAt,
        )
    }
}
