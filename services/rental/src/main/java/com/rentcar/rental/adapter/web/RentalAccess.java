package com.rentcar.rental.adapter.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.rentcar.platform.security.EndpointAccess;

/** Rentals and returns are for staff: every {@code /api/rentals} endpoint needs an admin token. */
@Configuration(proxyBeanMethods = false)
class RentalAccess {

    @Bean
    EndpointAccess rentalsForAdmins() {
        return rules -> rules.requestMatchers(RentalController.RENTALS, RentalController.RENTALS + "/**").hasRole("ADMIN");
    }
}
