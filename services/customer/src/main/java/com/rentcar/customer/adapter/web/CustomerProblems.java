package com.rentcar.customer.adapter.web;

import static com.rentcar.platform.web.Problems.invalidField;
import static com.rentcar.platform.web.Problems.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.rentcar.customer.application.InvalidCredentials;
import com.rentcar.customer.domain.CustomerNotFound;
import com.rentcar.customer.domain.InvalidCustomerData;
import com.rentcar.customer.domain.UsernameTaken;

/** This service's business refusals as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerProblems {

    @ExceptionHandler(UsernameTaken.class)
    ProblemDetail usernameTaken(UsernameTaken e) {
        return problem(HttpStatus.CONFLICT, "Username taken", e.getMessage());
    }

    @ExceptionHandler(InvalidCredentials.class)
    ProblemDetail invalidCredentials(InvalidCredentials e) {
        return problem(HttpStatus.UNAUTHORIZED, "Login failed", e.getMessage());
    }

    @ExceptionHandler(CustomerNotFound.class)
    ProblemDetail notFound(CustomerNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Customer not found", e.getMessage());
    }

    /** A rule only the domain checks (e.g. a password longer than 72 bytes), shaped like any other invalid field. */
    @ExceptionHandler(InvalidCustomerData.class)
    ProblemDetail invalid(InvalidCustomerData e) {
        return invalidField(e.field(), e.rule(), e.getMessage());
    }
}
