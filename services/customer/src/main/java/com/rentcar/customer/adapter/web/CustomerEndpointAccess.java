package com.rentcar.customer.adapter.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import com.rentcar.platform.security.EndpointAccess;

/** Signing up, logging in and fetching the public keys need no token; everything else does. */
@Configuration(proxyBeanMethods = false)
class CustomerEndpointAccess {

    @Bean
    EndpointAccess customerEndpoints() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/customers").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/auth/login").permitAll()
                .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json").permitAll();
    }
}
