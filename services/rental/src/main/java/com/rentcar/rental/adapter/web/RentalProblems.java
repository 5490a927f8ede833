package com.rentcar.rental.adapter.web;

import static com.rentcar.platform.web.Problems.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.rentcar.rental.domain.RentalNotFound;
import com.rentcar.rental.domain.RentalTransitionRefused;

/** Rental's own refusals as problem+json; the platform's advice handles everything else. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RentalProblems {

    @ExceptionHandler
    ProblemDetail notFound(RentalNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Rental not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail transitionRefused(RentalTransitionRefused e) {
        return problem(HttpStatus.CONFLICT, "Rental change refused", e.getMessage());
    }
}
