package com.rentcar.reservation.adapter.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * The {@code payment} circuit breaker and bulkhead (configured under {@code resilience4j.*}): runs calls to
 * payment through them, and reads the breaker to tell callers when to retry: while it is open, the seconds
 * until it lets a probe call through; otherwise a short pause.
 */
@Component
class PaymentBreaker {

    static final String NAME = "payment";
    private static final Duration WHILE_NOT_OPEN = Duration.ofSeconds(2);
    private static final Duration AT_LEAST = Duration.ofSeconds(1);

    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final Clock clock;
    private volatile Instant openedAt = Instant.EPOCH;

    PaymentBreaker(CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, Clock clock) {
        this.breaker = breakers.circuitBreaker(NAME);
        this.bulkhead = bulkheads.bulkhead(NAME);
        this.clock = clock;
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAt = clock.instant();
            }
        });
    }

    /**
     * Runs a call through the breaker: refused at once while it is open, its failure counted otherwise. Any failure,
     * the refusal included, is answered by the fallback.
     */
    <T> T call(Supplier<T> call, Function<RuntimeException, T> fallback) {
        try {
            return breaker.executeSupplier(call);
        } catch (RuntimeException failure) {
            return fallback.apply(failure);
        }
    }

    /**
     * {@link #call} with the bulkhead inside the breaker: a call waits for a turn when too many are in flight; a full
     * bulkhead is not counted as payment failing (the breaker ignores {@link
     * io.github.resilience4j.bulkhead.BulkheadFullException}), but is answered by the fallback too.
     */
    <T> T callWithinBulkhead(Supplier<T> call, Function<RuntimeException, T> fallback) {
        return call(Bulkhead.decorateSupplier(bulkhead, call), fallback);
    }

    /**
     * Open, and still waiting before it lets a probe call through: a call now would be refused without trying
     * payment. (The breaker moves to half-open only when a call is attempted after the wait.)
     */
    boolean isOpen() {
        return switch (breaker.getState()) {
            case FORCED_OPEN -> true;
            case OPEN -> clock.instant().isBefore(openedAt.plus(waitInOpenState()));
            default -> false;
        };
    }

    Duration retryAfter() {
        if (breaker.getState() != CircuitBreaker.State.OPEN) {
            return WHILE_NOT_OPEN;
        }
        var left = Duration.between(clock.instant(), openedAt.plus(waitInOpenState()));
        return left.compareTo(AT_LEAST) < 0 ? AT_LEAST : left;
    }

    private Duration waitInOpenState() {
        return Duration.ofMillis(breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
    }
}
