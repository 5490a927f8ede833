package com.rentcar.gateway.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.rentcar.discovery.InstanceLists;

/** The instances behind the {@code lb://} routes: see {@link ServiceInstances}. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    ServiceInstances serviceInstances(Environment environment) {
        return new ServiceInstances(new InstanceLists(environment));
    }
}
