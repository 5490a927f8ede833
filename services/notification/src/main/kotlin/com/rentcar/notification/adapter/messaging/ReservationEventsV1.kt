package com.rentcar.notification.adapter.messaging

import com.rentcar.notification.domain.Car
import com.rentcar.notification.domain.CustomerId
import com.rentcar.notification.domain.CustomerNews
import com.rentcar.notification.domain.ReservationId
import com.rentcar.platform.events.EventEnvelope
import java.time.LocalDate
import java.util.UUID

/*
 * What notification reads of reservation-events 1.x (key = reservation id). Only the fields it needs: the others
 * (carId, paymentId, the time stamps) and any field a later minor adds are ignored.
 */

/** `ReservationConfirmed`: who, which reservation, and what to tell them about it. */
internal data class ReservationConfirmedV1(
    val reservationId: UUID,
    val customerId: UUID,
    val plateNumber: String,
    val model: String,
    val pickupDate: LocalDate,
    val returnDate: LocalDate,
    val amount: Long,
) {
    fun news(event: EventEnvelope): CustomerNews {
        requireSubject(event, reservationId, "reservationId")
        return understood(event) {
            CustomerNews.ReservationConfirmed(
                eventId = event.id(),
                customerId = CustomerId(customerId),
                reservationId = ReservationId(reservationId),
                occurredAt = event.time(),
                car = Car(plateNumber, model),
                pickupDate = pickupDate,
                returnDate = returnDate,
                amount = amount,
            )
        }
    }
}

/** `ReservationCancelPending` and `ReservationCancelled`: whose reservation changed. */
internal data class ReservationChangedV1(val reservationId: UUID, val customerId: UUID) {
    fun news(event: EventEnvelope, kind: PlainNews): CustomerNews {
        requireSubject(event, reservationId, "reservationId")
        return kind(event.id(), CustomerId(customerId), ReservationId(reservationId), event.time())
    }
}
