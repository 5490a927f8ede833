package com.rentcar.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The shapes every service's exception handlers answer with, so a problem looks the same everywhere. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** A 400 for one field a domain rule refused, shaped like Bean Validation's: detail plus {@code errors}. */
    public static ProblemDetail invalidField(String field, String rule, String detail) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Invalid request: " + detail);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", rule)));
        return problem;
    }

    /** A problem the caller should retry: the {@code Retry-After} header in whole seconds, at least one. */
    public static ResponseEntity<ProblemDetail> withRetryAfter(ProblemDetail problem, Duration retryAfter) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
                .body(problem);
    }
}
