package com.rentcar.reservation.adapter.payment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.rentcar.discovery.InstanceListDiscoveryClient;
import com.rentcar.discovery.InstanceLists;

/**
 * Where payment's instances are, for Spring Cloud LoadBalancer: {@code rentcar.services.payment} (on Kubernetes the
 * Service, which balances itself; locally the one instance), or — when {@code ./rentcar scale payment N} runs more —
 * the runner's list of payment's ready instances, read again whenever it changes, as the gateway's routes do.
 */
@Configuration(proxyBeanMethods = false)
class PaymentInstances {

    static final String SERVICE_ID = "payment";

    @Bean
    InstanceListDiscoveryClient serviceInstances(Environment environment) {
        return new InstanceListDiscoveryClient(new InstanceLists(environment));
    }
}
