package com.rentcar.payment.adapter.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.rentcar.payment.application.PaymentInProgress;
import com.rentcar.payment.application.PaymentProviderUnavailable;
import com.rentcar.payment.domain.IdempotencyKeyReused;
import com.rentcar.payment.domain.InvalidPaymentRequest;
import com.rentcar.payment.domain.PaymentNotCancellable;
import com.rentcar.payment.domain.PaymentNotFound;
import com.rentcar.payment.domain.PaymentTransitionRefused;

/** Payment's own refusals as problem+json; the platform's advice handles everything else. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaymentProblems {

    /** A second call for a payment whose provider call is running is worth repeating almost at once. */
    private static final Duration IN_PROGRESS_RETRY = Duration.ofSeconds(1);

    private final Duration providerRetryAfter;

    PaymentProblems(@Value("${rentcar.payment.retry-after:5s}") Duration providerRetryAfter) {
        this.providerRetryAfter = providerRetryAfter;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> providerUnavailable(PaymentProviderUnavailable e) {
        var problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Payment provider unavailable",
                "The payment provider cannot answer now, nothing was charged or refunded: " + e.getMessage()
                        + ". Try again in " + providerRetryAfter.toSeconds() + " seconds.");
        return withRetryAfter(HttpStatus.SERVICE_UNAVAILABLE, problem, providerRetryAfter);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> inProgress(PaymentInProgress e) {
        return withRetryAfter(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, "Payment in progress", e.getMessage()),
                IN_PROGRESS_RETRY);
    }

    @ExceptionHandler
    ProblemDetail notFound(PaymentNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Payment not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        return problem(HttpStatus.CONFLICT, "Idempotency key reused", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notCancellable(PaymentNotCancellable e) {
        return problem(HttpStatus.CONFLICT, "Payment cannot be cancelled", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail transitionRefused(PaymentTransitionRefused e) {
        return problem(HttpStatus.CONFLICT, "Payment change refused", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidPaymentRequest e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Invalid request: " + e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.reason())));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> withRetryAfter(HttpStatus status, ProblemDetail problem,
            Duration retryAfter) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
                .body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
