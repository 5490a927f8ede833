package com.rentcar.gateway.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.rentcar.gateway.problem.ProblemResponse;
import com.rentcar.gateway.problem.ProblemWriter;

import reactor.core.publisher.Mono;

/** The gateway grants every authenticated caller; this only keeps a future rule from answering outside the problem format. */
@Component
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter writer;

    ProblemAccessDeniedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return writer.write(exchange, ProblemResponse.of(HttpStatus.FORBIDDEN, "access denied: " + denied.getMessage()));
    }
}
