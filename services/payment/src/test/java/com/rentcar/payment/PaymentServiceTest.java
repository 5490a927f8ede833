package com.rentcar.payment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.context.annotation.Import;

import com.rentcar.platform.test.ServiceIntegrationTest;
import com.rentcar.platform.test.TestTokens;

/**
 * The payment service running for real (HTTP on a random port, embedded KRaft broker, its own PostgreSQL database),
 * trusting {@link TestTokens}. Every class so annotated shares one running service.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ServiceIntegrationTest
@Import(TestTokens.Verification.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public @interface PaymentServiceTest {
}
