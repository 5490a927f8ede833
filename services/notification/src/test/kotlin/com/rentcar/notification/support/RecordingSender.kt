package com.rentcar.notification.support

import com.rentcar.notification.application.NotificationSender
import com.rentcar.notification.domain.Notification
import org.springframework.jdbc.core.simple.JdbcClient
import org.springframework.transaction.PlatformTransactionManager
import org.springframework.transaction.TransactionDefinition
import org.springframework.transaction.support.TransactionTemplate
import java.util.UUID
import java.util.concurrent.CopyOnWriteArrayList

/**
 * Stands in for real delivery (mail, SMS, push) in the running service and remembers what it was asked to send,
 * and whether at that moment the notification could be read in a transaction of its own, i.e. had been committed.
 */
class RecordingSender(private val jdbc: JdbcClient, transactions: PlatformTransactionManager) : NotificationSender {

    data class Sent(val notification: Notification, val committedBeforeSending: Boolean)

    private val sent = CopyOnWriteArrayList<Sent>()
    private val ownTransaction = TransactionTemplate(transactions).apply {
        propagationBehavior = TransactionDefinition.PROPAGATION_REQUIRES_NEW
        isReadOnly = true
    }

    override fun send(notification: Notification) {
        val committed = ownTransaction.execute {
            jdbc.sql("select count(*) from notification where id = ?").param(notification.id)
                .query(Int::class.java).single() == 1
        }
        sent += Sent(notification, committed == true)
    }

    /** What was sent about the event with this id. */
    fun about(eventId: UUID): List<Sent> = sent.filter { it.notification.sourceEventId == eventId }
}
