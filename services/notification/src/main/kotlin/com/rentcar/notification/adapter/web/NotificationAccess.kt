package com.rentcar.notification.adapter.web

import com.rentcar.notification.adapter.web.NotificationController.Companion.NOTIFICATIONS
import com.rentcar.platform.security.EndpointAccess
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.http.HttpMethod

/**
 * Notifications are a customer's own: `GET /api/notifications` needs a customer token (no token or an invalid one
 * → 401 from the platform). An admin or a service account has no notifications and gets 403 rather than an empty
 * list that would look like "nothing happened"; nothing else under the path exists for anyone.
 */
@Configuration(proxyBeanMethods = false)
internal class NotificationAccess {

    @Bean
    fun notificationEndpointRules() = EndpointAccess { rules ->
        rules.requestMatchers(HttpMethod.GET, NOTIFICATIONS).hasRole("CUSTOMER")
            .requestMatchers(NOTIFICATIONS, "$NOTIFICATIONS/**").denyAll()
    }
}
