package com.rentcar.notification.adapter.messaging

import com.rentcar.notification.support.NotificationServiceTest
import org.assertj.core.api.Assertions.assertThat
import org.awaitility.Awaitility.await
import org.junit.jupiter.api.Test
import java.time.Instant
import java.time.LocalDate
import java.time.temporal.ChronoUnit
import java.util.UUID

/**
 * The customer-facing events of reservation and rental, read from the real broker, become the customer's
 * notifications in the service's own database: one per event however often it arrives, each sent once after it
 * is stored, and whatever breaks the contract dead-lettered without holding up what follows.
 */
class CustomerEventsTest : NotificationServiceTest() {

    @Test
    fun `a customer is told about each step of their reservations and rentals, newest first`() {
        val first = Booking()
        val second = first.another()
        val events = listOf(
            publishConfirmed(first), publishRented(first), publishReturned(first),
            publishConfirmed(second), publishCancelPending(second), publishCancelled(second),
        )

        val listed = awaitNotifications(first.customerId, 6)

        assertThat(types(listed)).containsExactly(
            "RESERVATION_CANCELLED", "CANCEL_PENDING", "RESERVATION_CONFIRMED",
            "RENTAL_RETURNED", "RENTAL_STARTED", "RESERVATION_CONFIRMED",
        )
        assertThat(listed.map { it.path("reservationId").asString() }).containsExactly(
            second.reservationKey, second.reservationKey, second.reservationKey,
            first.reservationKey, first.reservationKey, first.reservationKey,
        )
        assertThat(listed).allSatisfy {
            assertThat(it.propertyNames()).containsExactlyInAnyOrder("id", "type", "reservationId", "message", "createdAt")
            assertThat(UUID.fromString(it.path("id").asString())).isNotNull()
            assertThat(it.path("message").asString()).isNotBlank()
        }
        val createdAt = listed.map { Instant.parse(it.path("createdAt").asString()) }
        assertThat(createdAt).isSortedAccordingTo(Comparator.reverseOrder())

        val confirmation = listed.last()
        assertThat(confirmation.path("message").asString()).isEqualTo(
            "Your reservation ${first.reservationKey.substringBefore('-')} is confirmed: Hyundai Avante (12가3456) " +
                "from 2026-12-01 to 2026-12-04. 165,000 KRW has been charged.",
        )
        assertThat(listed[0].path("message").asString()).contains("cancelled", "refunded")
        assertThat(listed[3].path("message").asString()).contains("returned")
        assertThat(listed[4].path("message").asString()).contains("has started")

        // sent after its row committed, so possibly a moment after the API lists it
        await().atMost(PATIENCE).untilAsserted {
            events.forEach { eventId ->
                assertThat(sender.about(eventId!!)).singleElement().satisfies({ sent ->
                    assertThat(sent.committedBeforeSending).isTrue()
                    assertThat(sent.notification.customerId.value).isEqualTo(first.customerId)
                })
            }
        }
    }

    @Test
    fun `a notification is dated when its news happened, so one that arrives late is listed in its place`() {
        val booking = Booking()
        val anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS)
        publishRented(booking)
        publish(
            RESERVATION_EVENTS, booking.reservationKey,
            message("reservation", "ReservationConfirmed", "1.0", booking.reservationKey, confirmedData(booking), anHourAgo),
        )

        val listed = awaitNotifications(booking.customerId, 2)

        assertThat(types(listed)).containsExactly("RENTAL_STARTED", "RESERVATION_CONFIRMED")
        assertThat(Instant.parse(listed.last().path("createdAt").asString())).isEqualTo(anHourAgo)
    }

    @Test
    fun `an event delivered three times gives one notification, sent once`() {
        val booking = Booking()
        val confirmation = message("reservation", "ReservationConfirmed", "1.0", booking.reservationKey, confirmedData(booking))

        val confirmed = publish(RESERVATION_EVENTS, booking.reservationKey, confirmation)!!
        publish(RESERVATION_EVENTS, booking.reservationKey, confirmation)
        publish(RESERVATION_EVENTS, booking.reservationKey, confirmation)
        val cancelled = publishCancelled(booking) // same key, so read after all the copies

        val listed = awaitNotified(booking.customerId, cancelled)

        assertThat(types(listed)).containsExactly("RESERVATION_CANCELLED", "RESERVATION_CONFIRMED")
        assertThat(rowsFrom(confirmed)).isEqualTo(1)
        assertThat(rowsOf(booking.customerId)).isEqualTo(2)
        assertThat(sender.about(confirmed)).hasSize(1)
    }

    @Test
    fun `a customer's notifications are never shown to another customer`() {
        val mine = Booking()
        val theirs = Booking()
        publishConfirmed(mine)
        publishRented(mine)
        publishConfirmed(theirs)

        val myList = awaitNotifications(mine.customerId, 2)
        val theirList = awaitNotifications(theirs.customerId, 1)

        assertThat(myList.map { it.path("reservationId").asString() }).containsOnly(mine.reservationKey)
        assertThat(theirList.map { it.path("reservationId").asString() }).containsExactly(theirs.reservationKey)
        assertThat(notificationsOf(UUID.randomUUID())).isEmpty()
    }

    @Test
    fun `reservation events that break the contract go to the dead-letter topic with the reason, and the next event is still handled`() {
        val booking = Booking()
        val key = booking.reservationKey
        val withoutCustomer = confirmedData(booking).apply { remove("customerId") }
        val backToFront = confirmedData(booking, LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-01"))

        publish(RESERVATION_EVENTS, key, "{ this is not an event")
        publish(RESERVATION_EVENTS, key, message("reservation", "ReservationConfirmed", "2.0", key, confirmedData(booking)))
        publish(RESERVATION_EVENTS, key, message("reservation", "ReservationConfirmed", "1.0", key, withoutCustomer))
        publish(RESERVATION_EVENTS, key, message("reservation", "ReservationCancelled", "1.0", UUID.randomUUID().toString(), reservationData(booking, "cancelledAt")))
        publish(RESERVATION_EVENTS, key, message("reservation", "ReservationConfirmed", "1.0", key, backToFront))
        val next = publishConfirmed(booking)

        assertThat(types(awaitNotified(booking.customerId, next))).containsExactly("RESERVATION_CONFIRMED")
        assertThat(deadLetterReasons(RESERVATION_EVENTS, key, 5)).satisfiesExactly(
            { assertThat(it).contains("not a readable event envelope") },
            { assertThat(it).contains("unsupported schema version 2.0") },
            { assertThat(it).contains("payload does not match its schema").contains("customerId") },
            { assertThat(it).contains("is not its reservationId") },
            { assertThat(it).contains("before pickupDate") },
        )
        assertThat(rowsOf(booking.customerId)).isEqualTo(1)
    }

    @Test
    fun `rental events that break the contract go to the dead-letter topic with the reason, and the next event is still handled`() {
        val booking = Booking()
        val key = booking.rentalKey

        publish(RENTAL_EVENTS, key, "[1, 2, 3]")
        publish(RENTAL_EVENTS, key, message("rental", "Rented", "2.0", key, rentalData(booking, "rentedAt")))
        val next = publishRented(booking)

        assertThat(types(awaitNotified(booking.customerId, next))).containsExactly("RENTAL_STARTED")
        assertThat(deadLetterReasons(RENTAL_EVENTS, key, 2)).satisfiesExactly(
            { assertThat(it).contains("not a readable event envelope") },
            { assertThat(it).contains("unsupported schema version 2.0") },
        )
    }

    @Test
    fun `events customers are not told about are skipped, not dead-lettered`() {
        val booking = Booking()
        publish(RESERVATION_EVENTS, booking.reservationKey, message("reservation", "ReservationCompleted", "1.0", booking.reservationKey, reservationData(booking, "completedAt")))
        publish(RESERVATION_EVENTS, booking.reservationKey, message("reservation", "ReservationRescheduled", "1.3", booking.reservationKey, mapOf("reservationId" to booking.reservationKey)))
        publish(RENTAL_EVENTS, booking.rentalKey, message("rental", "RentalCancelled", "1.0", booking.rentalKey, rentalData(booking, "cancelledAt")))
        val confirmed = publishConfirmed(booking)
        val returned = publishReturned(booking)

        awaitNotified(booking.customerId, confirmed)
        val listed = awaitNotified(booking.customerId, returned)

        assertThat(types(listed)).containsExactly("RENTAL_RETURNED", "RESERVATION_CONFIRMED")
        assertThat(deadLetters(RESERVATION_EVENTS, booking.reservationKey)).isEmpty()
        assertThat(deadLetters(RENTAL_EVENTS, booking.rentalKey)).isEmpty()
    }

    @Test
    fun `a newer minor version with fields notification does not know is read`() {
        val booking = Booking()
        val data = confirmedData(booking).apply {
            put("loyaltyPoints", 120)
            put("insurance", mapOf("kind" to "FULL"))
        }

        val eventId = publish(
            RESERVATION_EVENTS, booking.reservationKey,
            message("reservation", "ReservationConfirmed", "1.4", booking.reservationKey, data),
        )

        assertThat(types(awaitNotified(booking.customerId, eventId))).containsExactly("RESERVATION_CONFIRMED")
    }
}
