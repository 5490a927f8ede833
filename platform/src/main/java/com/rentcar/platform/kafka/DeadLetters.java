package com.rentcar.platform.kafka;

import org.apache.kafka.common.TopicPartition;
import org.springframework.util.backoff.BackOff;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

import com.rentcar.platform.events.EventArrivedEarly;
import com.rentcar.platform.events.MalformedEventException;

/**
 * What a listener does with a message it cannot handle: a message that breaks the contract goes at
 * once to {@code <topic>.DLT} (the reason travels in the {@code kafka_dlt-exception-*} headers); any
 * other failure is retried with back-off first, and only then dead-lettered, so the partition keeps
 * flowing either way. An {@link EventArrivedEarly} is the exception: it waits for an event on another partition,
 * which may lag behind by more than any fixed budget under load, so it is retried until it applies.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<String, String> template) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(record.topic() + DomainTopics.DEAD_LETTER_SUFFIX, -1));
        var handler = new DefaultErrorHandler(recoverer, backOffFor(new RuntimeException()));
        handler.setBackOffFunction((record, failure) -> backOffFor(failure));
        handler.addNotRetryableExceptions(MalformedEventException.class, DeserializationException.class);
        return handler;
    }

    /** About 30 s of retries for a failure; no end for an event that arrived early. */
    static BackOff backOffFor(Exception failure) {
        var backOff = new ExponentialBackOff(200, 2.0);
        if (arrivedEarly(failure)) {
            backOff.setMaxInterval(2_000);
            return backOff; // no maximum elapsed time, no maximum attempts
        }
        backOff.setMaxInterval(5_000);
        backOff.setMaxElapsedTime(30_000);
        return backOff;
    }

    private static boolean arrivedEarly(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EventArrivedEarly) {
                return true;
            }
        }
        return false;
    }
}
