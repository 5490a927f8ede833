package com.rentcar.notification.application

import com.rentcar.notification.domain.CustomerId
import com.rentcar.notification.domain.Notification
import org.springframework.stereotype.Service

/** A customer reads their own notifications, newest first (the newest [LIMIT]). */
@Service
class ListingNotifications(private val notifications: Notifications) {

    fun newestFirst(customerId: CustomerId): List<Notification> = notifications.newestFirst(customerId, LIMIT)

    companion object {
        /** Enough for any customer's recent history; older notifications stay stored. */
        const val LIMIT = 100
    }
}
