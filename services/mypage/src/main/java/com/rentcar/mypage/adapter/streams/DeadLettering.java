package com.rentcar.mypage.adapter.streams;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.springframework.kafka.support.KafkaHeaders;

import com.rentcar.mypage.adapter.streams.ActivityReading.Rejected;
import com.rentcar.platform.events.MalformedEventException;

/**
 * Turns a rejected message back into the message as it arrived, with the reason and its origin in the same
 * {@code kafka_dlt-*} headers the platform's listeners write, ready for {@code <topic>.DLT}.
 */
final class DeadLettering implements FixedKeyProcessor<String, ActivityReading, String> {

    private FixedKeyProcessorContext<String, String> context;

    @Override
    public void init(FixedKeyProcessorContext<String, String> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ActivityReading> record) {
        var rejected = (Rejected) record.value();
        var headers = new RecordHeaders(record.headers().toArray());
        headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN, utf8(MalformedEventException.class.getName()));
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, utf8(rejected.reason()));
        context.recordMetadata().ifPresent(origin -> {
            headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, utf8(origin.topic()));
            headers.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(origin.partition()).array());
            headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(origin.offset()).array());
        });
        context.forward(record.withValue(rejected.message()).withHeaders(headers));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
