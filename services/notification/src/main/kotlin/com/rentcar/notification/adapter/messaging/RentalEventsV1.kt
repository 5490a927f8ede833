package com.rentcar.notification.adapter.messaging

import com.rentcar.notification.domain.CustomerId
import com.rentcar.notification.domain.CustomerNews
import com.rentcar.notification.domain.ReservationId
import com.rentcar.platform.events.EventEnvelope
import java.util.UUID

/**
 * What notification reads of rental-events 1.x (key = rental id) `Rented` and `CarReturned`: whose rental of which
 * reservation. The other fields (paymentId, carId, the time stamps) and any field a later minor adds are ignored.
 */
internal data class RentalChangedV1(val rentalId: UUID, val reservationId: UUID, val customerId: UUID) {
    fun news(event: EventEnvelope, kind: PlainNews): CustomerNews {
        requireSubject(event, rentalId, "rentalId")
        return kind(event.id(), CustomerId(customerId), ReservationId(reservationId), event.time())
    }
}
