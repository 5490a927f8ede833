package com.rentcar.notification.adapter.messaging

import com.rentcar.contracts.EventContract
import com.rentcar.notification.support.NotificationApi
import com.rentcar.notification.support.NotificationServiceTest
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import java.util.UUID

/**
 * notification as a consumer of the published contract (`contracts/`, AsyncAPI + JSON Schema): it accepts the
 * contract's own examples of every type it follows, skips the other types of its topics, and sends an unknown
 * major version of each to the topic's dead-letter topic. A contract change that breaks this reader fails here.
 */
class ContractExamplesAreAcceptedTest : NotificationServiceTest() {

    /** Whose events the examples are made about in one test: a fresh customer, reservation and rental. */
    private data class Owner(
        val customer: UUID = UUID.randomUUID(),
        val reservation: UUID = UUID.randomUUID(),
        val rental: UUID = UUID.randomUUID(),
    )

    /**
     * The contract's example of [type] (any type on reservation-events or rental-events: all carry these ids) as a new event about [owner], with
     * [changes] on top; the subject follows the example's subject field.
     */
    private fun example(type: String, owner: Owner, changes: Map<String, Any> = emptyMap()): String {
        val moved = mutableMapOf<String, Any>(
            "data.customerId" to owner.customer.toString(),
            "data.reservationId" to owner.reservation.toString(),
        )
        if (type in EventContract.typesOn(RENTAL_EVENTS)) moved["data.rentalId"] = owner.rental.toString()
        return EventContract.exampleWith(type, moved + changes)
    }

    /** The examples of the types notification follows, about [owner], each valid by the contract. */
    private fun examples(owner: Owner): Map<String, String> =
        FOLLOWED.values.flatten().associateWith { type -> example(type, owner).also(EventContract::assertValid) }

    @Test
    fun `the types notification follows are on the topics it reads, as the contract says`() {
        FOLLOWED.forEach { (topic, types) -> assertThat(EventContract.typesOn(topic)).containsAll(types) }
    }

    @Test
    fun `the contract's example of every followed type becomes the right notification`() {
        val owner = Owner()
        val examples = examples(owner)

        examples.forEach { (type, example) -> publish(topicOf(type), subjectOf(example), example) }

        val listed = awaitNotifications(owner.customer, examples.size)
        assertThat(types(listed)).containsExactlyInAnyOrder(
            "RESERVATION_CONFIRMED", "CANCEL_PENDING", "RESERVATION_CANCELLED", "RENTAL_STARTED", "RENTAL_RETURNED",
        )
        val confirmedData = NotificationApi.JSON.readTree(examples.getValue("ReservationConfirmed")).path("data")
        val confirmation = listed.single { it.path("type").asString() == "RESERVATION_CONFIRMED" }
        assertThat(confirmation.path("message").asString()).contains(
            confirmedData.path("plateNumber").asString(),
            confirmedData.path("model").asString(),
            confirmedData.path("pickupDate").asString(),
            confirmedData.path("returnDate").asString(),
            String.format(java.util.Locale.ROOT, "%,d KRW", confirmedData.path("amount").asLong()),
        )
    }

    @Test
    fun `the other types of its topics are skipped, not dead-lettered`() {
        val owner = Owner()
        val skipped = FOLLOWED.flatMap { (topic, followed) ->
            (EventContract.typesOn(topic) - followed).map { type -> topic to example(type, owner) }
        }
        assertThat(skipped).isNotEmpty()
        skipped.forEach { (topic, event) -> publish(topic, subjectOf(event), event) }
        // the same keys, so read after the skipped ones on their partitions
        publish(RESERVATION_EVENTS, owner.reservation.toString(), example("ReservationConfirmed", owner))
        publish(RENTAL_EVENTS, owner.rental.toString(), example("CarReturned", owner))

        val listed = awaitNotifications(owner.customer, 2)

        assertThat(types(listed)).containsExactlyInAnyOrder("RESERVATION_CONFIRMED", "RENTAL_RETURNED")
        assertThat(deadLetters(RESERVATION_EVENTS, owner.reservation.toString())).isEmpty()
        assertThat(deadLetters(RENTAL_EVENTS, owner.rental.toString())).isEmpty()
    }

    @Test
    fun `an unknown major version of every followed type goes to the dead-letter topic with the reason`() {
        val owner = Owner()
        val followed = FOLLOWED.values.flatten()

        followed.forEach { type ->
            val nextMajor = example(type, owner, mapOf("schemaversion" to "2.0"))
            publish(topicOf(type), subjectOf(nextMajor), nextMajor)
        }

        val reasons = deadLetterReasons(RESERVATION_EVENTS, owner.reservation.toString(), 3) +
            deadLetterReasons(RENTAL_EVENTS, owner.rental.toString(), 2)
        assertThat(reasons).hasSize(followed.size).allSatisfy {
            assertThat(it).contains("unsupported schema version 2.0").contains("this consumer reads major [1]")
        }
        assertThat(notificationsOf(owner.customer)).isEmpty()
    }

    private fun topicOf(type: String) = FOLLOWED.entries.single { type in it.value }.key

    private fun subjectOf(event: String) = NotificationApi.JSON.readTree(event).path("subject").asString()

    private companion object {
        /** The types notification turns into notifications, topic by topic. */
        val FOLLOWED = mapOf(
            RESERVATION_EVENTS to setOf("ReservationConfirmed", "ReservationCancelPending", "ReservationCancelled"),
            RENTAL_EVENTS to setOf("Rented", "CarReturned"),
        )
    }
}
