package com.rentcar.mypage.adapter.streams;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import com.rentcar.platform.tracing.TraceContexts;

/**
 * Continues the trace a message carries ({@code traceparent} header, written by the producer's span) while the
 * message is read: Kafka Streams has no observation of its own, and this is where a reservation's trace reaches My
 * Page. Everything downstream of it in the same task (reading, dead-lettering, re-keying) runs inside the span.
 */
final class Tracing implements FixedKeyProcessor<String, String, String> {

    private final TraceContexts traces;
    private final String topic;
    private FixedKeyProcessorContext<String, String> context;

    Tracing(TraceContexts traces, String topic) {
        this.traces = traces;
        this.topic = topic;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, String> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, String> record) {
        var header = record.headers().lastHeader("traceparent");
        var parent = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        try (var span = traces.continueTrace(parent, topic + " project").tag("messaging.destination.name", topic)) {
            context.forward(record);
        }
    }
}
