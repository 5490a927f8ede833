package com.rentcar.notification.domain

import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatIllegalArgumentException
import org.junit.jupiter.api.Test
import java.time.Instant
import java.time.LocalDate
import java.util.UUID

class NotificationTest {

    private val eventId = UUID.randomUUID()
    private val customer = CustomerId(UUID.randomUUID())
    private val reservation = ReservationId(UUID.fromString("4f7c1a52-3f4e-4a59-9a43-6f1a2b1f0c11"))
    private val happened = Instant.parse("2026-12-01T09:30:00.123456Z")

    private fun confirmed(
        pickup: LocalDate = LocalDate.parse("2026-12-01"),
        returning: LocalDate = LocalDate.parse("2026-12-04"),
        amount: Long = 165_000,
    ) = CustomerNews.ReservationConfirmed(
        eventId, customer, reservation, happened, Car("12가3456", "Hyundai Avante"), pickup, returning, amount,
    )

    @Test
    fun `a confirmed reservation tells the car, the period and the amount charged`() {
        val notification = Notification.about(confirmed(), UUID.randomUUID())

        assertThat(notification.type).isEqualTo(NotificationType.RESERVATION_CONFIRMED)
        assertThat(notification.message).isEqualTo(
            "Your reservation 4f7c1a52 is confirmed: Hyundai Avante (12가3456) from 2026-12-01 to 2026-12-04. " +
                "165,000 KRW has been charged.",
        )
    }

    @Test
    fun `a notification is for the customer and the reservation of the news, made from its event, dated when it happened`() {
        val id = UUID.randomUUID()

        val notification = Notification.about(confirmed(), id)

        assertThat(notification.id).isEqualTo(id)
        assertThat(notification.customerId).isEqualTo(customer)
        assertThat(notification.reservationId).isEqualTo(reservation)
        assertThat(notification.sourceEventId).isEqualTo(eventId)
        assertThat(notification.createdAt).isEqualTo(happened)
    }

    @Test
    fun `a pending cancellation says the refund will follow`() {
        val notification = Notification.about(
            CustomerNews.CancellationPending(eventId, customer, reservation, happened), UUID.randomUUID(),
        )

        assertThat(notification.type).isEqualTo(NotificationType.CANCEL_PENDING)
        assertThat(notification.message).contains("cancellation of reservation 4f7c1a52").contains("refund")
    }

    @Test
    fun `a cancelled reservation says the payment has been refunded`() {
        val notification = Notification.about(
            CustomerNews.ReservationCancelled(eventId, customer, reservation, happened), UUID.randomUUID(),
        )

        assertThat(notification.type).isEqualTo(NotificationType.RESERVATION_CANCELLED)
        assertThat(notification.message)
            .isEqualTo("Your reservation 4f7c1a52 is cancelled and your payment has been refunded.")
    }

    @Test
    fun `a started rental and a returned car are told about the reservation they belong to`() {
        val started = Notification.about(
            CustomerNews.RentalStarted(eventId, customer, reservation, happened), UUID.randomUUID(),
        )
        val returned = Notification.about(
            CustomerNews.CarReturned(UUID.randomUUID(), customer, reservation, happened), UUID.randomUUID(),
        )

        assertThat(started.type).isEqualTo(NotificationType.RENTAL_STARTED)
        assertThat(started.message).contains("rental for reservation 4f7c1a52 has started")
        assertThat(returned.type).isEqualTo(NotificationType.RENTAL_RETURNED)
        assertThat(returned.message).contains("car of reservation 4f7c1a52 has been returned")
    }

    @Test
    fun `every kind of news has its own type`() {
        val all = listOf(
            confirmed(),
            CustomerNews.CancellationPending(eventId, customer, reservation, happened),
            CustomerNews.ReservationCancelled(eventId, customer, reservation, happened),
            CustomerNews.RentalStarted(eventId, customer, reservation, happened),
            CustomerNews.CarReturned(eventId, customer, reservation, happened),
        ).map { Notification.about(it, UUID.randomUUID()).type }

        assertThat(all).containsExactlyInAnyOrder(*NotificationType.entries.toTypedArray())
    }

    @Test
    fun `amounts are written with thousands separators whatever the machine's locale`() {
        val notification = Notification.about(confirmed(amount = 1_234_567), UUID.randomUUID())

        assertThat(notification.message).contains("1,234,567 KRW has been charged.")
    }

    @Test
    fun `a one-day reservation may be picked up and returned on the same day`() {
        val sameDay = LocalDate.parse("2026-12-01")

        assertThat(Notification.about(confirmed(sameDay, sameDay), UUID.randomUUID()).message)
            .contains("from 2026-12-01 to 2026-12-01")
    }

    @Test
    fun `a confirmation returning the car before its pickup or with a negative amount is not news anyone can tell`() {
        assertThatIllegalArgumentException()
            .isThrownBy { confirmed(LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-01")) }
            .withMessageContaining("before pickupDate")
        assertThatIllegalArgumentException().isThrownBy { confirmed(amount = -1) }
            .withMessageContaining("amount")
    }

    @Test
    fun `a car needs a plate and a model`() {
        assertThatIllegalArgumentException().isThrownBy { Car(" ", "Kia K5") }
        assertThatIllegalArgumentException().isThrownBy { Car("34나5678", "") }
    }
}
