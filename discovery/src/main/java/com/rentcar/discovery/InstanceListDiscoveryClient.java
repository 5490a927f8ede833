package com.rentcar.discovery;

import java.util.List;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;

/** {@link InstanceLists} for blocking clients ({@code RestClient} with Spring Cloud LoadBalancer's interceptor). */
public final class InstanceListDiscoveryClient implements DiscoveryClient {

    private final InstanceLists instances;

    public InstanceListDiscoveryClient(InstanceLists instances) {
        this.instances = instances;
    }

    @Override
    public List<ServiceInstance> getInstances(String serviceId) {
        return instances.instancesOf(serviceId);
    }

    @Override
    public List<String> getServices() {
        return List.of();
    }

    @Override
    public String description() {
        return "RentCar service instances (rentcar.services, or the runner's instance lists)";
    }
}
