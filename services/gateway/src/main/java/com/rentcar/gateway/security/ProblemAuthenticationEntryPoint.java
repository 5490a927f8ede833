package com.rentcar.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import com.rentcar.gateway.problem.FailureProblems;
import com.rentcar.gateway.problem.ProblemResponse;
import com.rentcar.gateway.problem.ProblemWriter;

import reactor.core.publisher.Mono;

/**
 * 401 as a problem, with the RFC 6750 {@code WWW-Authenticate} challenge Spring's own entry point would send
 * (which cannot be reused: it commits the response without a body).
 */
@Component
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter writer;
    private final FailureProblems problems;

    ProblemAuthenticationEntryPoint(ProblemWriter writer, FailureProblems problems) {
        this.writer = writer;
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException) {
            return writer.write(exchange, problems.keysUnavailable(failure));
        }
        return writer.write(exchange, unauthorized(failure));
    }

    private static ProblemResponse unauthorized(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth) {
            String reason = withRootCause(
                    oauth.getError().getDescription() != null ? oauth.getError().getDescription() : failure.getMessage(), failure);
            String challenge = "Bearer realm=\"rentcar\", error=\"%s\", error_description=\"%s\""
                    .formatted(oauth.getError().getErrorCode(), quotable(reason));
            return ProblemResponse.of(HttpStatus.UNAUTHORIZED, "the access token was rejected: " + reason)
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        // no token at all: RFC 6750 says the challenge then carries no error code
        return ProblemResponse.of(HttpStatus.UNAUTHORIZED,
                        "this endpoint needs an access token: send 'Authorization: Bearer <token>' "
                                + "(get one from POST /api/auth/login)")
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rentcar\"");
    }

    /** Spring's description is often just "Failed to validate the token"; the root cause says which check failed. */
    private static String withRootCause(String reason, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getMessage();
        return root == failure || cause == null || reason.contains(cause) ? reason : reason + " (" + cause + ")";
    }

    /** Header values must stay one quoted-string: drop quotes, backslashes and line breaks. */
    private static String quotable(String text) {
        return text.replaceAll("[\"\\\\\\r\\n]", "'");
    }
}
