package com.rentcar.notification.support

import com.rentcar.contracts.EventContract
import com.rentcar.platform.events.EventEnvelope
import com.rentcar.platform.events.EventEnvelopes
import com.rentcar.platform.test.ServiceIntegrationTest
import com.rentcar.platform.test.TestTokens
import com.rentcar.platform.test.TopicReader
import org.apache.kafka.clients.consumer.ConsumerRecord
import org.apache.kafka.clients.producer.KafkaProducer
import org.apache.kafka.clients.producer.ProducerConfig
import org.apache.kafka.clients.producer.ProducerRecord
import org.apache.kafka.common.serialization.StringSerializer
import org.assertj.core.api.Assertions.assertThat
import org.awaitility.Awaitility.await
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.BeforeEach
import org.springframework.beans.factory.annotation.Autowired
import org.springframework.beans.factory.annotation.Value
import org.springframework.boot.test.context.TestConfiguration
import org.springframework.boot.test.web.server.LocalServerPort
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Import
import org.springframework.context.annotation.Primary
import org.springframework.jdbc.core.simple.JdbcClient
import org.springframework.transaction.PlatformTransactionManager
import tools.jackson.databind.JsonNode
import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.util.UUID

/**
 * The notification service started for real (HTTP on a random port, an embedded KRaft broker, its own PostgreSQL
 * database), trusting [TestTokens]. Reservation and rental are played by a plain Kafka producer writing envelopes
 * to their topics; delivery is played by a [RecordingSender]. Every test class extending this shares one running
 * service; tests keep apart by using their own customers and reservations.
 */
@ServiceIntegrationTest
@Import(TestTokens.Verification::class, NotificationServiceTest.RecordedDelivery::class)
abstract class NotificationServiceTest {

    /** Delivery, played by a recorder. (The topics need no declaring here: the service declares those it reads.) */
    @TestConfiguration(proxyBeanMethods = false)
    class RecordedDelivery {

        @Bean
        @Primary
        fun recordingSender(jdbc: JdbcClient, transactions: PlatformTransactionManager) =
            RecordingSender(jdbc, transactions)
    }

    /** One customer's reservation of one car, and the rental that follows it. */
    data class Booking(
        val customerId: UUID = UUID.randomUUID(),
        val reservationId: UUID = UUID.randomUUID(),
        val rentalId: UUID = UUID.randomUUID(),
        val carId: UUID = UUID.randomUUID(),
        val paymentId: UUID = UUID.randomUUID(),
    ) {
        val reservationKey get() = reservationId.toString()
        val rentalKey get() = rentalId.toString()

        /** Another reservation of the same customer. */
        fun another() = Booking(customerId = customerId)
    }

    @LocalServerPort
    private var port = 0

    @Value("\${spring.kafka.bootstrap-servers}")
    protected lateinit var bootstrapServers: String

    @Autowired
    protected lateinit var envelopes: EventEnvelopes

    @Autowired
    protected lateinit var jdbc: JdbcClient

    @Autowired
    protected lateinit var sender: RecordingSender

    protected lateinit var api: NotificationApi
    private lateinit var producer: KafkaProducer<String, String>

    @BeforeEach
    fun connect() {
        api = NotificationApi(port)
        producer = KafkaProducer(
            mapOf<String, Any>(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG to bootstrapServers,
                ProducerConfig.ACKS_CONFIG to "all",
            ),
            StringSerializer(),
            StringSerializer(),
        )
    }

    @AfterEach
    fun disconnect() {
        producer.close()
    }

    // ---- reservation's and rental's events, as their owners write them

    protected fun confirmedData(
        booking: Booking,
        pickupDate: LocalDate = LocalDate.parse("2026-12-01"),
        returnDate: LocalDate = LocalDate.parse("2026-12-04"),
        amount: Long = 165_000,
    ): MutableMap<String, Any?> = linkedMapOf(
        "reservationId" to booking.reservationKey,
        "customerId" to booking.customerId.toString(),
        "carId" to booking.carId.toString(),
        "plateNumber" to "12가3456",
        "model" to "Hyundai Avante",
        "pickupDate" to pickupDate.toString(),
        "returnDate" to returnDate.toString(),
        "amount" to amount,
        "paymentId" to booking.paymentId.toString(),
        "confirmedAt" to Instant.now().toString(),
    )

    protected fun reservationData(booking: Booking, timestamp: String): MutableMap<String, Any?> = linkedMapOf(
        "reservationId" to booking.reservationKey,
        "customerId" to booking.customerId.toString(),
        "carId" to booking.carId.toString(),
        "paymentId" to booking.paymentId.toString(),
        timestamp to Instant.now().toString(),
    )

    protected fun rentalData(booking: Booking, timestamp: String): MutableMap<String, Any?> = linkedMapOf(
        "rentalId" to booking.rentalKey,
        "reservationId" to booking.reservationKey,
        "paymentId" to booking.paymentId.toString(),
        "customerId" to booking.customerId.toString(),
        "carId" to booking.carId.toString(),
        timestamp to Instant.now().toString(),
    )

    protected fun publishConfirmed(booking: Booking) =
        publishReservationEvent(booking, message("reservation", "ReservationConfirmed", "1.0", booking.reservationKey, confirmedData(booking)))

    protected fun publishCancelPending(booking: Booking) =
        publishReservationEvent(booking, message("reservation", "ReservationCancelPending", "1.0", booking.reservationKey, reservationData(booking, "requestedAt")))

    protected fun publishCancelled(booking: Booking) =
        publishReservationEvent(booking, message("reservation", "ReservationCancelled", "1.0", booking.reservationKey, reservationData(booking, "cancelledAt")))

    protected fun publishRented(booking: Booking) =
        publishContractual(RENTAL_EVENTS, booking.rentalKey, message("rental", "Rented", "1.0", booking.rentalKey, rentalData(booking, "rentedAt")))

    protected fun publishReturned(booking: Booking) =
        publishContractual(RENTAL_EVENTS, booking.rentalKey, message("rental", "CarReturned", "1.0", booking.rentalKey, rentalData(booking, "returnedAt")))

    private fun publishReservationEvent(booking: Booking, message: String) =
        publishContractual(RESERVATION_EVENTS, booking.reservationKey, message)

    /** Publishes an event that honours the published contract (checked first, so these tests feed only real events). */
    private fun publishContractual(topic: String, key: String, message: String): UUID? {
        EventContract.assertValid(key, message)
        return publish(topic, key, message)
    }

    /**
     * An envelope as [source] writes it, built with the platform's [EventEnvelopes]; its time is now, or [time] when
     * given (an event that happened earlier than it arrives).
     */
    protected fun message(
        source: String,
        type: String,
        schemaVersion: String,
        subject: String,
        data: Any,
        time: Instant? = null,
    ): String {
        val wrapped = envelopes.wrap(type, schemaVersion, subject, data)
        return envelopes.write(
            EventEnvelope(
                wrapped.specversion(), wrapped.id(), wrapped.type(), source, time ?: wrapped.time(),
                wrapped.subject(), wrapped.schemaversion(), wrapped.datacontenttype(), wrapped.data(),
            ),
        )
    }

    /** Sends one message and waits for the broker's acknowledgement; returns its event id, or null for a non-envelope. */
    protected fun publish(topic: String, key: String, message: String): UUID? {
        producer.send(ProducerRecord(topic, key, message)).get()
        return runCatching { UUID.fromString(NotificationApi.JSON.readTree(message).path("id").asString()) }.getOrNull()
    }

    // ---- what the customer reads

    /** GET /api/notifications as the customer. */
    protected fun notificationsOf(customerId: UUID): List<JsonNode> =
        NotificationApi.ok(api.get(NOTIFICATIONS, TestTokens.customer(customerId))).valueStream().toList()

    /** Waits until the customer has [count] notifications; returns them as listed. */
    protected fun awaitNotifications(customerId: UUID, count: Int): List<JsonNode> =
        await().atMost(PATIENCE).until({ notificationsOf(customerId) }, { it.size >= count })

    /** Waits until a notification made from the event with this id is listed for the customer; returns the list. */
    protected fun awaitNotified(customerId: UUID, eventId: UUID?): List<JsonNode> {
        requireNotNull(eventId)
        await().atMost(PATIENCE).until { rowsFrom(eventId) == 1 }
        return notificationsOf(customerId)
    }

    protected fun rowsFrom(eventId: UUID): Int =
        jdbc.sql("select count(*) from notification where source_event_id = ?").param(eventId)
            .query(Int::class.java).single()

    protected fun rowsOf(customerId: UUID): Int =
        jdbc.sql("select count(*) from notification where customer_id = ?").param(customerId)
            .query(Int::class.java).single()

    protected fun types(notifications: List<JsonNode>) = notifications.map { it.path("type").asString() }

    // ---- dead letters

    /** Waits for [count] messages with this key on the topic's dead-letter topic; returns their reasons. */
    protected fun deadLetterReasons(topic: String, key: String, count: Int): List<String> =
        TopicReader(bootstrapServers, "$topic.DLT").use { reader ->
            val dead = await().atMost(PATIENCE).until({ reader.withKey(key) }, { it.size >= count })
            assertThat(dead).allSatisfy { assertThat(header(it, "kafka_dlt-original-topic")).isEqualTo(topic) }
            dead.map { header(it, "kafka_dlt-exception-message") }
        }

    /** Everything on the topic's dead-letter topic with this key, up to its current end. */
    protected fun deadLetters(topic: String, key: String): List<ConsumerRecord<String, String>> =
        TopicReader(bootstrapServers, "$topic.DLT").use { it.allWithKey(key) }

    protected fun header(record: ConsumerRecord<String, String>, name: String): String =
        record.headers().lastHeader(name)?.value()?.toString(Charsets.UTF_8) ?: ""

    companion object {
        const val NOTIFICATIONS = "/api/notifications"
        const val RESERVATION_EVENTS = "reservation-events"
        const val RENTAL_EVENTS = "rental-events"
        val PATIENCE: Duration = Duration.ofSeconds(30)
    }
}
