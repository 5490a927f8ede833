package com.rentcar.gateway.security;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Requests that arrived on Actuator's own port ({@code management.server.port}; on Kubernetes 9090, which the
 * Ingress never routes to and a NetworkPolicy opens only to the monitoring namespace). Locally there is no such
 * port: Actuator shares the gateway's public port, so this matches nothing. WebFlux runs the gateway's security
 * filters on both ports, so the rules have to tell them apart.
 */
@Component
class ManagementPort implements ServerWebExchangeMatcher, ApplicationListener<WebServerInitializedEvent> {

    private static final String MANAGEMENT_NAMESPACE = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (MANAGEMENT_NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        var local = exchange.getRequest().getLocalAddress();
        return local != null && port > 0 && local.getPort() == port ? MatchResult.match() : MatchResult.notMatch();
    }
}
