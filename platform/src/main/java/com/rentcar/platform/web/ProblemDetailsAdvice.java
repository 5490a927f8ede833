package com.rentcar.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error a service answers is {@code application/problem+json} with a detail a caller can act on:
 * which field is wrong and why. Services add handlers for their own business exceptions; this one
 * covers what the web layer itself rejects, and turns anything unexpected into a 500 without leaking
 * internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        var detail = errors.stream().map(e -> e.get("field") + " " + e.get("message"))
                .collect(Collectors.joining("; ", "Invalid request: ", ""));
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadableDetail(ex));
        problem.setTitle("Unreadable request body");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var detail = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> r.getMethodParameter().getParameterName() + " " + e.getDefaultMessage()))
                .collect(Collectors.joining("; ", "Invalid request: ", ""));
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail onTypeMismatch(MethodArgumentTypeMismatchException ex) {
        var expected = ex.getRequiredType() == null ? "a valid value" : "a valid " + ex.getRequiredType().getSimpleName();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                ex.getName() + " must be " + expected + ", was '" + ex.getValue() + "'");
        problem.setTitle("Invalid request");
        return problem;
    }

    /** Tomcat refuses query parameters it cannot decode (e.g. invalid UTF-8 after percent-decoding). */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail onUndecodableParameter(InvalidParameterException ex) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "A query parameter could not be decoded: send parameters as percent-encoded UTF-8");
        problem.setTitle("Invalid request");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail onUnexpected(Exception ex) {
        log.error("Unexpected error", ex);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed because of an internal error; it has been logged.");
        problem.setTitle("Internal error");
        return problem;
    }

    private static String unreadableDetail(HttpMessageNotReadableException ex) {
        var cause = jacksonCause(ex);
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            var type = mismatch.getTargetType() == null ? "value" : describe(mismatch.getTargetType());
            return field(mismatch) + " must be " + type;
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            // e.g. a number beyond the range of a long, or longer than the parser accepts: still name the field
            return field(jackson) + " is not valid: " + jackson.getOriginalMessage();
        }
        if (cause instanceof StreamReadException || cause instanceof JacksonException) {
            return "Malformed JSON: " + ((JacksonException) cause).getOriginalMessage();
        }
        return "The request body is missing or is not valid JSON";
    }

    /**
     * The Jackson exception that says where the body is wrong. The most specific cause alone is not it when
     * Jackson wraps a JDK parse failure, e.g. a {@code DateTimeParseException} for 2026-02-30.
     */
    private static Throwable jacksonCause(HttpMessageNotReadableException ex) {
        Throwable deepest = null;
        for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                if (!jackson.getPath().isEmpty()) {
                    return jackson;
                }
                deepest = jackson;
            }
        }
        return deepest != null ? deepest : ex.getMostSpecificCause();
    }

    private static String field(JacksonException ex) {
        return ex.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.getSimpleName().equals("LocalDate")) {
            return "a date like 2026-12-01";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "a valid " + type.getSimpleName();
    }
}
