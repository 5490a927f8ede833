package com.rentcar.gateway.problem;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Replaces Boot's whitelabel/JSON error handler (whose auto-configuration is excluded in application.yml);
 * ordered before anything Boot or the gateway might still register.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private final FailureProblems problems;
    private final ProblemWriter writer;

    public ProblemExceptionHandler(FailureProblems problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            // part of a downstream answer is already on the wire; only the connection can be dropped now
            return Mono.error(failure);
        }
        return writer.write(exchange, problems.toProblem(exchange, failure));
    }
}
