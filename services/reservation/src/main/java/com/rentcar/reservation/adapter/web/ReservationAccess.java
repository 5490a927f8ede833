package com.rentcar.reservation.adapter.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import com.rentcar.platform.security.EndpointAccess;

/**
 * Customers browse cars, reserve and cancel their own reservations; admins read every reservation. Whose
 * reservation it is is checked by the use cases (another customer's is "not found").
 */
@Configuration(proxyBeanMethods = false)
class ReservationAccess {

    @Bean
    EndpointAccess reservationEndpoints() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/available-cars").hasAnyRole("CUSTOMER", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/reservations", "/api/reservations/*/cancel").hasRole("CUSTOMER")
                .requestMatchers(HttpMethod.GET, "/api/reservations", "/api/reservations/*").hasAnyRole("CUSTOMER", "ADMIN");
    }
}
