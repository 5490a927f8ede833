package com.rentcar.management.adapter.web;

import static com.rentcar.platform.web.Problems.problem;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.rentcar.management.domain.CarNotFound;
import com.rentcar.management.domain.InvalidCarDetails;
import com.rentcar.management.domain.PlateNumberAlreadyRegistered;

/** The ledger's own refusals as problem+json; the platform's advice handles everything else. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CarLedgerProblems {

    @ExceptionHandler
    ProblemDetail plateTaken(PlateNumberAlreadyRegistered e) {
        return problem(HttpStatus.CONFLICT, "Plate number already registered", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(CarNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Car not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidCarDetails e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Invalid request: " + e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.reason())));
        return problem;
    }
}
