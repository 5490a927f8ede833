package com.rentcar.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.rentcar.payment.application.InFlightPolicy;

/** Settings of the use cases that do not belong to any adapter. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentConfiguration.PaymentProperties.class)
class PaymentConfiguration {

    private static final Duration POLL_EVERY = Duration.ofMillis(20);

    @Bean
    InFlightPolicy inFlightPolicy(PaymentProperties properties) {
        return new InFlightPolicy(properties.inFlightWait(), POLL_EVERY, properties.inFlightExpiry());
    }

    /**
     * @param inFlightWait how long a repeated call waits for the provider's answer to an earlier one
     * @param inFlightExpiry after how long an unanswered provider call is asked again
     */
    @ConfigurationProperties("rentcar.payment")
    record PaymentProperties(@DefaultValue("3s") Duration inFlightWait, @DefaultValue("2m") Duration inFlightExpiry) {
    }
}
