package com.rentcar.mypage.adapter.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.rentcar.mypage.application.MyPageUnavailable;

/** My Page's own refusals as problem+json; the platform's advice handles everything else. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MyPageProblems {

    private final Duration retryAfter;

    MyPageProblems(@Value("${rentcar.mypage.retry-after:2s}") Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(MyPageUnavailable e) {
        var seconds = Math.max(1, retryAfter.toSeconds());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "My Page cannot be read right now: " + e.getMessage() + ". Try again in " + seconds + " seconds.");
        problem.setTitle("My Page unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }
}
