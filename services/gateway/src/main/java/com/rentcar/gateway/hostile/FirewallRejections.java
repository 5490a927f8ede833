package com.rentcar.gateway.hostile;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;

import com.rentcar.gateway.problem.ProblemResponse;
import com.rentcar.gateway.problem.ProblemWriter;

import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses path traversal and smuggling shapes ({@code %2f}, {@code ..}, {@code ;}, a
 * NUL, a header with a line break) before any route; by default with an empty 400. Here the refusal is the same 400
 * as a problem saying what was refused, like every other error. (Picked up by {@code @EnableWebFluxSecurity}.)
 */
@Component
class FirewallRejections implements ServerExchangeRejectedHandler {

    private final ProblemWriter writer;

    FirewallRejections(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return writer.write(exchange, ProblemResponse.of(HttpStatus.BAD_REQUEST,
                "the request was refused: " + rejected.getMessage()));
    }
}
