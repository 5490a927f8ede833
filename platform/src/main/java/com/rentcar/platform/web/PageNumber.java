package com.rentcar.platform.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which page of a paged list a request asks for, counting from 0 (default {@value #FIRST}); every paged endpoint
 * takes it as {@code ?page=}, with the same bounds.
 */
@Min(0)
@Max(1_000_000)
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface PageNumber {

    String FIRST = "0";

    String message() default "must be a page number from 0";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
