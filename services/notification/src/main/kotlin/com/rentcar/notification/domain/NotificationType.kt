package com.rentcar.notification.domain

/** What a notification tells the customer about; the names are the API's `type` values. */
enum class NotificationType {
    RESERVATION_CONFIRMED,
    CANCEL_PENDING,
    RESERVATION_CANCELLED,
    RENTAL_STARTED,
    RENTAL_RETURNED,
}
