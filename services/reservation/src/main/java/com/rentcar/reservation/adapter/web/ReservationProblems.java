package com.rentcar.reservation.adapter.web;

import static com.rentcar.platform.web.Problems.problem;

import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.rentcar.reservation.application.PaymentUnavailable;
import com.rentcar.reservation.domain.CarNotAvailable;
import com.rentcar.reservation.domain.InvalidReservationRequest;
import com.rentcar.reservation.domain.PaymentDeclined;
import com.rentcar.reservation.domain.ReservationNotFound;
import com.rentcar.reservation.domain.ReservationTransitionRefused;
import com.rentcar.reservation.domain.UnknownCar;

/** This service's business refusals as problem+json (the platform's advice handles the rest). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReservationProblems {

    @ExceptionHandler(InvalidReservationRequest.class)
    ProblemDetail invalid(InvalidReservationRequest e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Invalid request: " + e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message",
                e.getMessage().substring(e.field().length() + 1))));
        return problem;
    }

    @ExceptionHandler(UnknownCar.class)
    ProblemDetail unknownCar(UnknownCar e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown car", e.getMessage());
    }

    @ExceptionHandler(CarNotAvailable.class)
    ProblemDetail notAvailable(CarNotAvailable e) {
        return problem(HttpStatus.CONFLICT, "Car not available", e.getMessage());
    }

    @ExceptionHandler(PaymentDeclined.class)
    ProblemDetail declined(PaymentDeclined e) {
        return problem(HttpStatus.PAYMENT_REQUIRED, "Payment declined", e.getMessage());
    }

    @ExceptionHandler(PaymentUnavailable.class)
    ResponseEntity<ProblemDetail> paymentUnavailable(PaymentUnavailable e) {
        long seconds = e.retryAfterSeconds();
        var problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Payment unavailable", e.getMessage());
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler(ReservationNotFound.class)
    ProblemDetail notFound(ReservationNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Reservation not found", e.getMessage());
    }

    @ExceptionHandler(ReservationTransitionRefused.class)
    ProblemDetail refused(ReservationTransitionRefused e) {
        return problem(HttpStatus.CONFLICT, "Reservation cannot change", e.getMessage());
    }
}
