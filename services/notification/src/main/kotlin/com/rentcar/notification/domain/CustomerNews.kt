package com.rentcar.notification.domain

import java.time.Instant
import java.time.LocalDate
import java.util.UUID

/**
 * Something that happened to a customer's reservation or rental and that the customer is told about: the
 * customer-facing events of the other services, as this service understands them. Each is known by the id of the
 * event that announced it ([eventId]), so it is told once however often that event arrives.
 */
sealed interface CustomerNews {
    val eventId: UUID
    val customerId: CustomerId
    val reservationId: ReservationId
    val occurredAt: Instant

    /** The reservation is paid and the car is the customer's for the period. */
    data class ReservationConfirmed(
        override val eventId: UUID,
        override val customerId: CustomerId,
        override val reservationId: ReservationId,
        override val occurredAt: Instant,
        val car: Car,
        val pickupDate: LocalDate,
        val returnDate: LocalDate,
        val amount: Long,
    ) : CustomerNews {
        init {
            require(!returnDate.isBefore(pickupDate)) { "returnDate $returnDate is before pickupDate $pickupDate" }
            require(amount >= 0) { "amount must not be negative, was $amount" }
        }
    }

    /** The customer asked to cancel; the refund could not be made yet and will follow. */
    data class CancellationPending(
        override val eventId: UUID,
        override val customerId: CustomerId,
        override val reservationId: ReservationId,
        override val occurredAt: Instant,
    ) : CustomerNews

    /** The reservation is cancelled, and (as reservation only cancels after payment refunded it) the money is back. */
    data class ReservationCancelled(
        override val eventId: UUID,
        override val customerId: CustomerId,
        override val reservationId: ReservationId,
        override val occurredAt: Instant,
    ) : CustomerNews

    /** The car was handed over: the rental of the reservation started. */
    data class RentalStarted(
        override val eventId: UUID,
        override val customerId: CustomerId,
        override val reservationId: ReservationId,
        override val occurredAt: Instant,
    ) : CustomerNews

    /** The car came back: the rental of the reservation ended. */
    data class CarReturned(
        override val eventId: UUID,
        override val customerId: CustomerId,
        override val reservationId: ReservationId,
        override val occurredAt: Instant,
    ) : CustomerNews
}
