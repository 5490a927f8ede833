package com.rentcar.gateway.routing;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;

import com.rentcar.discovery.InstanceLists;

import reactor.core.publisher.Flux;

/**
 * Where each service's instances are, for the {@code lb://} routes (Spring Cloud LoadBalancer, round robin):
 * {@code rentcar.services.<name>}, or the runner's list of a scaled service's ready instances (see
 * {@link InstanceLists}).
 */
public final class ServiceInstances implements ReactiveDiscoveryClient {

    private final InstanceLists instances;

    public ServiceInstances(InstanceLists instances) {
        this.instances = instances;
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        return Flux.fromIterable(instances.instancesOf(serviceId));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.empty();
    }

    @Override
    public String description() {
        return "RentCar service instances (rentcar.services, or the runner's instance lists)";
    }
}
