package com.rentcar.gateway.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import com.rentcar.gateway.routing.OwningService;

import reactor.netty.http.client.PrematureCloseException;

/** Decides which problem a failure becomes; the one place that knows the gateway's error vocabulary. */
@Component
public class FailureProblems {

    private static final Logger log = LoggerFactory.getLogger(FailureProblems.class);

    /** The customer service signs tokens and publishes their keys. */
    static final String KEY_OWNER = "customer";

    private final ProblemProperties properties;

    public FailureProblems(ProblemProperties properties) {
        this.properties = properties;
    }

    public ProblemResponse toProblem(ServerWebExchange exchange, Throwable failure) {
        String service = OwningService.of(exchange).orElse("downstream");
        if (failure instanceof AuthenticationServiceException) {
            return keysUnavailable(failure);
        }
        if (causedBy(failure, ConnectException.class) || causedBy(failure, UnknownHostException.class)) {
            log.warn("{} service unreachable: {}", service, failure.getMessage());
            return retryLater(HttpStatus.SERVICE_UNAVAILABLE, service,
                    service + " service is unavailable, try again in " + properties.retryAfterSeconds() + " seconds");
        }
        if (causedBy(failure, TimeoutException.class)) {
            log.warn("{} service timed out: {}", service, failure.getMessage());
            // 504, not 503: the service took the request and may have acted on it, so the client should check
            // before blindly repeating a non-idempotent call
            return retryLater(HttpStatus.GATEWAY_TIMEOUT, service, service
                    + " service did not answer in time, try again in " + properties.retryAfterSeconds() + " seconds");
        }
        if (causedBy(failure, PrematureCloseException.class) || causedBy(failure, IOException.class)) {
            // closed or reset (a service killed mid-request): it may have acted, so not a 503 to repeat blindly
            log.warn("{} service broke the connection: {}", service, failure.toString());
            return ProblemResponse.of(HttpStatus.BAD_GATEWAY, service + " service closed the connection before answering")
                    .withExtension("service", service);
        }
        if (failure instanceof ResponseStatusException status) {
            return fromStatus(exchange, status);
        }
        log.error("Unexpected failure for {} {} (request {})", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), exchange.getRequest().getId(), failure);
        return ProblemResponse.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "unexpected gateway error; the gateway log has the cause under request id " + exchange.getRequest().getId());
    }

    /** The token could not be checked at all: not the client's fault, so not a 401. */
    public ProblemResponse keysUnavailable(Throwable failure) {
        log.warn("Cannot verify a token: {}", failure.getMessage());
        return retryLater(HttpStatus.SERVICE_UNAVAILABLE, KEY_OWNER,
                "cannot check the access token: the token keys of the " + KEY_OWNER
                        + " service are unavailable, try again in " + properties.retryAfterSeconds() + " seconds");
    }

    private ProblemResponse retryLater(HttpStatus status, String service, String detail) {
        return ProblemResponse.of(status, detail)
                .withExtension("service", service)
                .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(properties.retryAfterSeconds()));
    }

    private static ProblemResponse fromStatus(ServerWebExchange exchange, ResponseStatusException failure) {
        HttpStatusCode code = failure.getStatusCode();
        HttpStatus status = Optional.ofNullable(HttpStatus.resolve(code.value())).orElse(HttpStatus.INTERNAL_SERVER_ERROR);
        String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value();
        String detail = switch (status) {
            case NOT_FOUND -> "nothing at " + request + ": no service or page answers this path";
            case METHOD_NOT_ALLOWED -> request + " is not allowed on this path";
            default -> Optional.ofNullable(failure.getReason()).orElse(status.getReasonPhrase()) + " (" + request + ")";
        };
        ProblemResponse problem = ProblemResponse.of(status, detail);
        HttpHeaders headers = failure.getHeaders();
        for (String name : headers.headerNames()) {
            problem = problem.withHeader(name, headers.getFirst(name));
        }
        return problem;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
