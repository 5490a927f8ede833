package com.rentcar.notification.adapter.web

import com.rentcar.notification.support.NotificationApi.Companion.assertProblem
import com.rentcar.notification.support.NotificationServiceTest
import com.rentcar.platform.test.TestTokens
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test
import java.util.UUID

/**
 * Notifications are a customer's own: a valid customer token is needed (none or a bad one → 401); an admin or a
 * service account has none and gets 403; the customer is the token's `sub`, there is no way to ask for someone else.
 */
class NotificationAccessTest : NotificationServiceTest() {

    @Test
    fun `a call without a valid token is 401, and says nothing about anyone's notifications`() {
        val booking = Booking()
        awaitNotified(booking.customerId, publishConfirmed(booking))
        val someone = booking.customerId

        assertProblem(api.get(NOTIFICATIONS, null), 401)
        assertProblem(api.get(NOTIFICATIONS, TestTokens.expired(someone)), 401)
        assertProblem(api.get(NOTIFICATIONS, TestTokens.tampered(someone)), 401)
        assertProblem(api.get(NOTIFICATIONS, TestTokens.unsigned(someone)), 401)
        assertProblem(api.get(NOTIFICATIONS, TestTokens.signedByStranger(someone)), 401)
        assertProblem(api.get(NOTIFICATIONS, TestTokens.wrongIssuer(someone)), 401)
    }

    @Test
    fun `an admin or a service account has no notifications to read`() {
        assertProblem(api.get(NOTIFICATIONS, TestTokens.admin()), 403)
        assertProblem(api.get(NOTIFICATIONS, TestTokens.service()), 403)
    }

    @Test
    fun `nothing but reading exists under the path, for anyone`() {
        val customer = TestTokens.customer(UUID.randomUUID())

        assertProblem(api.post(NOTIFICATIONS, customer), 403)
        assertProblem(api.get("$NOTIFICATIONS/${UUID.randomUUID()}", customer), 403)
    }

    @Test
    fun `a customer with nothing to be told gets an empty list`() {
        assertThat(notificationsOf(UUID.randomUUID())).isEmpty()
    }
}
