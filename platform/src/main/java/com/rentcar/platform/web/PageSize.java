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
 * How many entries a page of a paged list holds: 1 to 100 (default {@value #DEFAULT}); every paged endpoint takes it
 * as {@code ?size=}, with the same bounds, so no answer grows with the data.
 */
@Min(1)
@Max(100)
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
public @interface PageSize {

    String DEFAULT = "20";

    String message() default "must be a page size from 1 to 100";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
