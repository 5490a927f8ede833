package com.rentcar.gateway.hostile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.rentcar.gateway.problem.ProblemResponse;
import com.rentcar.gateway.problem.ProblemWriter;

import reactor.core.publisher.Mono;

/**
 * No RentCar URI is longer than a few hundred characters. A longer one is refused here with a 414 problem, before
 * the token check and before any service: left to Netty (whose request line limit the gateway raises above this one,
 * see {@code server.netty.max-initial-line-length}) or to a service's Tomcat, it would be an empty 414 or 400 that no
 * client can read.
 */
@Component
class RequestLineLimit implements WebFilter, Ordered {

    private final int maxUriLength;
    private final ProblemWriter writer;

    RequestLineLimit(@Value("${rentcar.gateway.max-uri-length:2048}") int maxUriLength, ProblemWriter writer) {
        this.maxUriLength = maxUriLength;
        this.writer = writer;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before Spring Security's filter chain (order -100)
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        int length = exchange.getRequest().getURI().getRawPath().length()
                + (exchange.getRequest().getURI().getRawQuery() == null ? 0 : exchange.getRequest().getURI().getRawQuery().length() + 1);
        if (length <= maxUriLength) {
            return chain.filter(exchange);
        }
        return writer.write(exchange, ProblemResponse.of(HttpStatus.URI_TOO_LONG,
                "the request URI is " + length + " characters long; at most " + maxUriLength + " are accepted"));
    }
}
