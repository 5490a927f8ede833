package com.rentcar.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOffExecution;

import com.rentcar.platform.events.EventArrivedEarly;

class DeadLettersTest {

    @Test
    void an_ordinary_failure_is_retried_for_about_thirty_seconds_then_dead_lettered() {
        assertThat(totalWaitMillis(new IllegalStateException("database down"), 1_000)).isBetween(25_000L, 40_000L);
    }

    @Test
    void an_event_that_arrived_early_is_retried_for_as_long_as_it_takes() {
        var early = new ListenerExecutionFailedException("listener failed",
                new EventArrivedEarly("the car's earlier rental has not ended yet", null));
        // an hour of retries (and counting): never handed to the dead-letter recoverer
        assertThat(totalWaitMillis(early, 2_000)).isEqualTo(-1L);
    }

    /** The sum of the back-off's waits until it stops, or -1 when it has not stopped after {@code attempts}. */
    private static long totalWaitMillis(Exception failure, int attempts) {
        var execution = DeadLetters.backOffFor(failure).start();
        long total = 0;
        for (int i = 0; i < attempts; i++) {
            long next = execution.nextBackOff();
            if (next == BackOffExecution.STOP) {
                return total;
            }
            total += next;
        }
        return -1;
    }
}
