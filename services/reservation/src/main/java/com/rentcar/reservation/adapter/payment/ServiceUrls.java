package com.rentcar.reservation.adapter.payment;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the customer service listens (env {@code RENTCAR_SERVICES_CUSTOMER}). Payment's instances
 * ({@code rentcar.services.payment}, env {@code RENTCAR_SERVICES_PAYMENT}, or the runner's list when payment is scaled)
 * are found by the load balancer: see {@link PaymentInstances}.
 *
 * @param customer the customer service (login of this service's account)
 */
@ConfigurationProperties("rentcar.services")
public record ServiceUrls(
        @DefaultValue("http://localhost:8081") URI customer) {
}
