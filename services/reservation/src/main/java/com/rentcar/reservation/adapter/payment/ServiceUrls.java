package com.rentcar.reservation.adapter.payment;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services this one calls listen (env {@code RENTCAR_SERVICES_PAYMENT}, {@code RENTCAR_SERVICES_CUSTOMER}).
 *
 * @param payment the payment service (approve, look up, cancel)
 * @param customer the customer service (login of this service's account)
 */
@ConfigurationProperties("rentcar.services")
public record ServiceUrls(
        @DefaultValue("http://localhost:8084") URI payment,
        @DefaultValue("http://localhost:8081") URI customer) {
}
