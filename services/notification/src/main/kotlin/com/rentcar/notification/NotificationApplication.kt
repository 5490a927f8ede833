package com.rentcar.notification

import org.springframework.boot.autoconfigure.SpringBootApplication
import org.springframework.boot.runApplication

/**
 * Notification (the new team's service, in Kotlin): what customers are told about their reservations and rentals.
 *
 * - **Owns** notifications, each `{id, type, reservationId, message, createdAt}` for one customer, one per source
 *   event (the store's unique `source_event_id` decides, so a redelivered event adds nothing).
 * - **HTTP**: `GET /api/notifications`, a customer's own, newest first.
 * - **Reads** `reservation-events` (`ReservationConfirmed`, `ReservationCancelPending`, `ReservationCancelled`) and
 *   `rental-events` (`Rented`, `CarReturned`), schema major 1, consumer group `notification`; contract breakers go
 *   to `<topic>.DLT`. **Writes** no events.
 * - **Sends** each new notification through the `NotificationSender` port; locally the log adapter writes it to
 *   the log, a mail/SMS/push adapter would plug in there.
 * - **Store**: its own PostgreSQL database `notification` (table `notification`, migrations in `db/migration`).
 * - **Depends** on the platform module (plumbing) and the published event contract only, never on another
 *   service's code.
 *
 * Layers: `domain` (pure Kotlin), `application` (use cases and ports), `adapter.*` (messaging, persistence, web,
 * sender).
 */
@SpringBootApplication
class NotificationApplication

fun main(args: Array<String>) {
    runApplication<NotificationApplication>(*args)
}
