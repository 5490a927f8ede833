package com.rentcar.platform.kafka;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;

import com.rentcar.platform.events.MalformedEventException;

/**
 * What a listener does with a message it cannot handle: a message that breaks the contract goes at
 * once to {@code <topic>.DLT} (the reason travels in the {@code kafka_dlt-exception-*} headers); any
 * other failure is retried with back-off first, and only then dead-lettered, so the partition keeps
 * flowing either way.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<String, String> template) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(record.topic() + DomainTopics.DEAD_LETTER_SUFFIX, -1));
        var backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(5_000);
        backOff.setMaxElapsedTime(30_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class, DeserializationException.class);
        return handler;
    }
}
