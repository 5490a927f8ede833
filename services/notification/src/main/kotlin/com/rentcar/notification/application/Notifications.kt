package com.rentcar.notification.application

import com.rentcar.notification.domain.CustomerId
import com.rentcar.notification.domain.Notification

/** Where notifications are kept (port; the persistence adapter implements it). */
interface Notifications {

    /**
     * Stores [notification] unless one was stored for its source event already: the store decides, so an event
     * delivered twice, even to two instances at once, gives one notification.
     *
     * @return true when it was stored now (and committed), false when the event had its notification already
     */
    fun addUnlessRecorded(notification: Notification): Boolean

    /** The customer's notifications, newest first, at most [limit]. */
    fun newestFirst(customerId: CustomerId, limit: Int): List<Notification>
}
