package com.rentcar.payment.adapter.provider;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.rentcar.payment.application.ProviderSettings;

/** The simulated provider is the payment provider of every environment for now. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimulatedProviderProperties.class)
class SimulatedProviderConfiguration {

    @Bean
    SimulatedPaymentProvider simulatedPaymentProvider(SimulatedProviderProperties properties) {
        return new SimulatedPaymentProvider(new ProviderSettings(properties.mode(), properties.delay()));
    }
}
