package com.rentcar.notification.domain

import java.util.UUID

/** The customer a notification is for: the `customerId` the event carries, the `sub` of their token. */
data class CustomerId(val value: UUID) {
    override fun toString() = value.toString()
}

/** The reservation a notification is about. */
data class ReservationId(val value: UUID) {
    /** The short reference shown in messages: the first block of the id. */
    val reference: String get() = value.toString().substringBefore('-')

    override fun toString() = value.toString()
}
