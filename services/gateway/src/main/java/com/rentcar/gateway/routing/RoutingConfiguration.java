package com.rentcar.gateway.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.rentcar.discovery.InstanceListDiscoveryClient;
import com.rentcar.discovery.InstanceLists;

/**
 * The instances behind the {@code lb://} routes (Spring Cloud LoadBalancer, round robin): {@code rentcar.services.<name>},
 * or the runner's list of a scaled service's ready instances, read again whenever it changes ({@link InstanceLists}).
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    InstanceListDiscoveryClient serviceInstances(Environment environment) {
        return new InstanceListDiscoveryClient(new InstanceLists(environment));
    }
}
