package com.rentcar.gateway.routing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The instances behind the {@code lb://} routes: see {@link ServiceInstances}. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    ServiceInstances serviceInstances(Environment environment,
            @Value("${rentcar.gateway.instances-dir:}") String instancesDir) {
        return new ServiceInstances(environment, instancesDir);
    }
}
