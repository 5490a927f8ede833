package com.rentcar.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link ProblemResponse} as {@code application/problem+json}. */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemResponse problem) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(problem.status());
        response.getHeaders().addAll(problem.headers());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(body(exchange, problem));
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    private static Map<String, Object> body(ServerWebExchange exchange, ProblemResponse problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        // about:blank: the status code says it all; the detail carries the specifics (RFC 9457 section 4.2.1)
        body.put("type", "about:blank");
        body.put("title", problem.status().getReasonPhrase());
        body.put("status", problem.status().value());
        body.put("detail", problem.detail());
        body.put("instance", exchange.getRequest().getPath().value());
        body.putAll(problem.extensions());
        return body;
    }
}
