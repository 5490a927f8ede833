package com.rentcar.reservation.adapter.payment;

import java.net.URI;
import java.net.http.HttpClient;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.cloud.client.loadbalancer.BlockingLoadBalancerInterceptor;
import org.springframework.web.client.RestClient;

/** The HTTP clients of this adapter: JDK client, HTTP/1.1, with the configured connect and read timeouts. */
final class OutgoingHttp {

    private OutgoingHttp() {
    }

    static RestClient client(RestClient.Builder builder, URI baseUrl, PaymentClientSettings settings) {
        return configured(builder, baseUrl, settings).build();
    }

    /**
     * A client of every instance of a service in turn (round robin): {@code http://<serviceId>} is resolved on each
     * request by Spring Cloud LoadBalancer to one of the service's instances.
     */
    static RestClient balanced(RestClient.Builder builder, String serviceId, PaymentClientSettings settings,
            BlockingLoadBalancerInterceptor loadBalancer) {
        return configured(builder, URI.create("http://" + serviceId), settings).requestInterceptor(loadBalancer).build();
    }

    private static RestClient.Builder configured(RestClient.Builder builder, URI baseUrl, PaymentClientSettings settings) {
        var requests = ClientHttpRequestFactoryBuilder.jdk()
                .withHttpClientCustomizer(http -> http.version(HttpClient.Version.HTTP_1_1))
                .build(HttpClientSettings.defaults().withTimeouts(settings.connectTimeout(), settings.readTimeout()));
        return builder.clone().baseUrl(baseUrl.toString()).requestFactory(requests);
    }
}
