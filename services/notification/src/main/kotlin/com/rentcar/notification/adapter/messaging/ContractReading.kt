package com.rentcar.notification.adapter.messaging

import com.rentcar.notification.domain.CustomerId
import com.rentcar.notification.domain.CustomerNews
import com.rentcar.notification.domain.ReservationId
import com.rentcar.platform.events.EventEnvelope
import com.rentcar.platform.events.EventEnvelopes
import com.rentcar.platform.events.MalformedEventException
import java.time.Instant
import java.util.UUID

/** How a piece of news that carries no more than who, which reservation and when is made. */
internal typealias PlainNews = (eventId: UUID, customerId: CustomerId, reservationId: ReservationId, occurredAt: Instant) -> CustomerNews

/** The payload of [event] as this consumer's own type for it; one that does not fit breaks the contract. */
internal inline fun <reified T : Any> EventEnvelopes.payload(event: EventEnvelope): T = data(event, T::class.java)

/**
 * Builds what [event] says. A payload the contract allows in form but not in content (a return date before the
 * pickup date, a blank plate) breaks the contract too: retrying cannot fix it.
 */
internal inline fun <T> understood(event: EventEnvelope, build: () -> T): T =
    try {
        build()
    } catch (e: IllegalArgumentException) {
        throw MalformedEventException("${event.type()} ${event.id()} does not make sense: ${e.message}", e)
    }

/** The contract keys every event by its aggregate's id: a subject that is not that id is a contract break. */
internal fun requireSubject(event: EventEnvelope, aggregateId: UUID, name: String) {
    if (event.subject() != aggregateId.toString()) {
        throw MalformedEventException("${event.type()} subject ${event.subject()} is not its $name $aggregateId")
    }
}
