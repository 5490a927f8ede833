package com.rentcar.management.adapter.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.rentcar.platform.security.EndpointAccess;

/** The ledger is for staff: every {@code /api/cars} endpoint needs an admin token. */
@Configuration(proxyBeanMethods = false)
class CarLedgerAccess {

    @Bean
    EndpointAccess carLedgerForAdmins() {
        return rules -> rules.requestMatchers(CarLedgerController.CARS, CarLedgerController.CARS + "/**").hasRole("ADMIN");
    }
}
