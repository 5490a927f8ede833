package com.rentcar.notification.domain

import java.time.Instant
import java.util.Locale
import java.util.UUID

/**
 * One message to one customer about one of their reservations, in plain English. [createdAt] is when the news
 * happened (the event's time), so a customer's notifications read in the order things happened even when the
 * events arrived out of order; [sourceEventId] is the event it was made from, which gives at most one
 * notification.
 */
data class Notification(
    val id: UUID,
    val customerId: CustomerId,
    val type: NotificationType,
    val reservationId: ReservationId,
    val message: String,
    val createdAt: Instant,
    val sourceEventId: UUID,
) {
    init {
        require(message.isNotBlank()) { "a notification needs a message" }
    }

    companion object {

        /** The notification that tells the customer about [news]. */
        fun about(news: CustomerNews, id: UUID): Notification {
            val (type, message) = when (news) {
                is CustomerNews.ReservationConfirmed -> NotificationType.RESERVATION_CONFIRMED to
                    "Your reservation ${news.reservationId.reference} is confirmed: ${news.car.model} " +
                    "(${news.car.plateNumber}) from ${news.pickupDate} to ${news.returnDate}. " +
                    "${won(news.amount)} has been charged."
                is CustomerNews.CancellationPending -> NotificationType.CANCEL_PENDING to
                    "We have your cancellation of reservation ${news.reservationId.reference}. " +
                    "The payment service cannot be reached right now; the cancellation and your refund " +
                    "will be completed as soon as it can."
                is CustomerNews.ReservationCancelled -> NotificationType.RESERVATION_CANCELLED to
                    "Your reservation ${news.reservationId.reference} is cancelled and your payment has been refunded."
                is CustomerNews.RentalStarted -> NotificationType.RENTAL_STARTED to
                    "Your rental for reservation ${news.reservationId.reference} has started. Have a good trip!"
                is CustomerNews.CarReturned -> NotificationType.RENTAL_RETURNED to
                    "The car of reservation ${news.reservationId.reference} has been returned. " +
                    "Thank you for renting with RentCar."
            }
            return Notification(id, news.customerId, type, news.reservationId, message, news.occurredAt, news.eventId)
        }

        /** An amount of KRW as customers read it: "165,000 KRW". */
        private fun won(amount: Long) = String.format(Locale.ROOT, "%,d KRW", amount)
    }
}
