package com.rentcar.notification.adapter.persistence

import com.rentcar.notification.application.Notifications
import com.rentcar.notification.domain.CustomerId
import com.rentcar.notification.domain.Notification
import com.rentcar.notification.domain.NotificationType
import com.rentcar.notification.domain.ReservationId
import org.springframework.jdbc.core.simple.JdbcClient
import org.springframework.stereotype.Repository
import java.sql.ResultSet
import java.time.OffsetDateTime
import java.time.ZoneOffset
import java.time.temporal.ChronoUnit
import java.util.UUID

/** Notifications in table `notification` of this service's own PostgreSQL database, with plain SQL. */
@Repository
internal class JdbcNotifications(private val jdbc: JdbcClient) : Notifications {

    override fun addUnlessRecorded(notification: Notification): Boolean =
        jdbc.sql(
            """
            insert into notification (id, customer_id, type, reservation_id, message, created_at, source_event_id)
            values (:id, :customerId, :type, :reservationId, :message, :createdAt, :sourceEventId)
            on conflict (source_event_id) do nothing
            """.trimIndent(),
        )
            .param("id", notification.id)
            .param("customerId", notification.customerId.value)
            .param("type", notification.type.name)
            .param("reservationId", notification.reservationId.value)
            .param("message", notification.message)
            .param("createdAt", notification.createdAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
            .param("sourceEventId", notification.sourceEventId)
            .update() == 1

    override fun newestFirst(customerId: CustomerId, limit: Int): List<Notification> =
        jdbc.sql(
            """
            select id, customer_id, type, reservation_id, message, created_at, source_event_id
            from notification
            where customer_id = :customerId
            order by created_at desc, id desc
            limit :limit
            """.trimIndent(),
        )
            .param("customerId", customerId.value)
            .param("limit", limit)
            .query { row, _ -> notification(row) }
            .list()

    private fun notification(row: ResultSet) = Notification(
        id = row.getObject("id", UUID::class.java),
        customerId = CustomerId(row.getObject("customer_id", UUID::class.java)),
        type = NotificationType.valueOf(row.getString("type")),
        reservationId = ReservationId(row.getObject("reservation_id", UUID::class.java)),
        message = row.getString("message"),
        createdAt = row.getObject("created_at", OffsetDateTime::class.java).toInstant(),
        sourceEventId = row.getObject("source_event_id", UUID::class.java),
    )
}
