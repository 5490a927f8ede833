package com.rentcar.notification.adapter.sender

import com.rentcar.notification.domain.CustomerId
import com.rentcar.notification.domain.Notification
import com.rentcar.notification.domain.NotificationType
import com.rentcar.notification.domain.ReservationId
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.extension.ExtendWith
import org.springframework.boot.test.system.CapturedOutput
import org.springframework.boot.test.system.OutputCaptureExtension
import java.time.Instant
import java.util.UUID

@ExtendWith(OutputCaptureExtension::class)
class LoggingNotificationSenderTest {

    @Test
    fun `a notification is delivered to the log, addressed to its customer`(output: CapturedOutput) {
        val customer = UUID.randomUUID()
        val notification = Notification(
            UUID.randomUUID(), CustomerId(customer), NotificationType.RENTAL_STARTED, ReservationId(UUID.randomUUID()),
            "Your rental has started.", Instant.now(), UUID.randomUUID(),
        )

        LoggingNotificationSender().send(notification)

        assertThat(output.out).contains("to $customer: Your rental has started.")
    }
}
