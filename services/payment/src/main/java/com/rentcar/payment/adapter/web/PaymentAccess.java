package com.rentcar.payment.adapter.web;

import static com.rentcar.payment.adapter.web.PaymentController.PAYMENTS;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import com.rentcar.platform.security.EndpointAccess;

/**
 * Who may do what: the reservation service (role SERVICE) charges, cancels and reconciles; admins look at
 * payments and switch the simulated provider; customers get nothing here. Anything else under
 * {@code /api/payments} is refused.
 */
@Configuration(proxyBeanMethods = false)
class PaymentAccess {

    @Bean
    EndpointAccess paymentEndpointRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, ProviderController.PROVIDER).hasRole("ADMIN")
                .requestMatchers(HttpMethod.PUT, ProviderController.PROVIDER).hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, PAYMENTS).hasRole("SERVICE")
                .requestMatchers(HttpMethod.POST, PAYMENTS + "/*/cancel").hasRole("SERVICE")
                .requestMatchers(HttpMethod.GET, PAYMENTS).hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, PAYMENTS + "/by-key/*", PAYMENTS + "/*").hasAnyRole("SERVICE", "ADMIN")
                .requestMatchers(PAYMENTS, PAYMENTS + "/**").denyAll();
    }
}
