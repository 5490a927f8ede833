package com.rentcar.gateway.routing;

import java.util.Optional;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;

/** The service a request was routed to, as named in the route's {@code metadata.service}. */
public final class OwningService {

    public static final String METADATA_KEY = "service";

    private OwningService() {
    }

    /** Empty when no route matched (the request never left the gateway). */
    public static Optional<String> of(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return Optional.empty();
        }
        Object name = route.getMetadata().get(METADATA_KEY);
        return Optional.of(name != null ? name.toString() : route.getId());
    }
}
