package com.rentcar.notification.adapter.web

import com.rentcar.notification.application.ListingNotifications
import com.rentcar.notification.domain.CustomerId
import com.rentcar.platform.security.Callers
import org.springframework.security.core.annotation.AuthenticationPrincipal
import org.springframework.security.oauth2.jwt.Jwt
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.RestController

/** A customer's own notifications: whose they are comes from the token's `sub`, never from the request. */
@RestController
internal class NotificationController(private val listing: ListingNotifications) {

    @GetMapping(NOTIFICATIONS)
    fun mine(@AuthenticationPrincipal token: Jwt): List<NotificationResponse> =
        listing.newestFirst(CustomerId(Callers.customerId(token))).map(NotificationResponse::of)

    companion object {
        const val NOTIFICATIONS = "/api/notifications"
    }
}
