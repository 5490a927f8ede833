package com.rentcar.reservation.adapter.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timeouts of every outgoing call (payment and the service login): a customer waits at most about
 * {@code readTimeout} for payment, never for a hanging server.
 */
@ConfigurationProperties("rentcar.payment-client")
public record PaymentClientSettings(
        @DefaultValue("500ms") Duration connectTimeout,
        @DefaultValue("2s") Duration readTimeout) {
}
