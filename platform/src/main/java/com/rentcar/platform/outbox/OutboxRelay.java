package com.rentcar.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.rentcar.platform.tracing.TraceContexts;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Publishes staged events to Kafka in the order they were staged and marks them published. One
 * worker thread per process; rows are claimed with {@code FOR UPDATE SKIP LOCKED} so several instances
 * never publish the same row at the same time. If the process dies after sending but before marking,
 * the row is sent again after restart: consumers are idempotent by event id, so that is harmless.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final TraceContexts traces;
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private volatile ScheduledExecutorService worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
            OutboxProperties properties, TraceContexts traces) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.traces = traces;
    }

    /** Asks for a drain soon; many wakes while one drain is pending collapse into that one. */
    public void wake() {
        var current = worker;
        if (current != null && drainRequested.compareAndSet(false, true)) {
            current.execute(this::drain);
        }
    }

    /** Publishes everything that is staged now; returns how many events went out. */
    public int drain() {
        drainRequested.set(false);
        int total = 0;
        try {
            int sent;
            do {
                sent = publishBatch();
                total += sent;
            } while (sent == properties.batchSize());
        } catch (RuntimeException e) {
            // The rows stay unpublished; the next poll tries again once the broker answers.
            log.warn("Outbox relay could not publish, will retry in {}: {}", properties.pollInterval(), e.toString());
        }
        return total;
    }

    private int publishBatch() {
        Integer sent = transactions.execute(tx -> {
            List<StagedEvent> batch = jdbc.sql("""
                    select position, event_id, topic, message_key, event_type, payload, trace_parent from outbox_event
                    where published_at is null order by position limit :limit for update skip locked""")
                    .param("limit", properties.batchSize())
                    .query((rs, i) -> new StagedEvent(rs.getLong("position"), rs.getString("event_id"),
                            rs.getString("topic"), rs.getString("message_key"), rs.getString("event_type"),
                            rs.getString("payload"), rs.getString("trace_parent")))
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            var sends = new ArrayList<CompletableFuture<?>>(batch.size());
            for (var event : batch) {
                // published inside the trace of the request that staged it: the producer span and the traceparent
                // header the consumers continue from belong to that request's trace
                try (var span = traces.continueTrace(event.traceParent(), "outbox publish " + event.topic())
                        .tag("messaging.destination.name", event.topic()).tag("rentcar.event.type", event.type())) {
                    sends.add(kafka.send(event.toRecord()));
                    log.debug("Publishing {} {} to {}", event.type(), event.eventId(), event.topic());
                }
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .orTimeout(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .join();
            // Marking rows published need not wait for the disk: a mark that a database crash loses only sends those
            // events again, which the idempotent consumers ignore. One flush less per publication (and no extra
            // statement in a poll that finds nothing).
            jdbc.sql("set local synchronous_commit = off").update();
            jdbc.sql("update outbox_event set published_at = now() where position in (:positions)")
                    .param("positions", batch.stream().map(StagedEvent::position).toList())
                    .update();
            return batch.size();
        });
        return sent == null ? 0 : sent;
    }

    /** Published rows are kept a while for inspection, then removed so the table stays small. */
    private void purgePublished() {
        try {
            jdbc.sql("delete from outbox_event where published_at < now() - make_interval(secs => :secs)")
                    .param("secs", properties.retention().toSeconds())
                    .update();
        } catch (RuntimeException e) {
            log.warn("Outbox purge failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        if (!properties.relayEnabled()) {
            log.warn("Outbox relay is disabled: staged events stay in outbox_event until it runs");
            return;
        }
        var executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
        long poll = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::wake, 0, poll, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::purgePublished, 1, 10, TimeUnit.MINUTES);
        worker = executor;
    }

    @Override
    public void stop() {
        var executor = worker;
        worker = null;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** Stops after the web server and listeners have drained, so their last events still go out. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    /** How many staged events wait for publication (the outbox backlog metric); -1 when the database does not answer. */
    public long backlog() {
        try {
            Long count = jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
            return count == null ? 0 : count;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private record StagedEvent(long position, String eventId, String topic, String key, String type, String payload,
            String traceParent) {

        ProducerRecord<String, String> toRecord() {
            var record = new ProducerRecord<>(topic, key, payload);
            record.headers().add(new RecordHeader("content-type", "application/cloudevents+json".getBytes(UTF_8)));
            record.headers().add(new RecordHeader("ce_id", eventId.getBytes(UTF_8)));
            record.headers().add(new RecordHeader("ce_type", type.getBytes(UTF_8)));
            return record;
        }
    }
}
