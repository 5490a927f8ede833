package com.rentcar.payment.adapter.web;

import static com.rentcar.platform.web.Problems.invalidField;
import static com.rentcar.platform.web.Problems.problem;
import static com.rentcar.platform.web.Problems.withRetryAfter;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
        return withRetryAfter(problem, providerRetryAfter);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> inProgress(PaymentInProgress e) {
        return withRetryAfter(problem(HttpStatus.CONFLICT, "Payment in progress", e.getMessage()),
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
        return invalidField(e.field(), e.reason(), e.getMessage());
    }
}
