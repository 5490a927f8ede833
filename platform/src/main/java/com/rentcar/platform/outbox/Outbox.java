package com.rentcar.platform.outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.rentcar.platform.events.EventEnvelope;
import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.tracing.TraceContexts;

/**
 * The transactional outbox: an event is stored in the same database transaction as the state change
 * it announces, so both commit or neither does. The relay is woken right after commit; its polling
 * only catches what a crash left behind.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final EventEnvelopes envelopes;
    private final OutboxRelay relay;
    private final TraceContexts traces;

    public Outbox(JdbcClient jdbc, EventEnvelopes envelopes, OutboxRelay relay, TraceContexts traces) {
        this.jdbc = jdbc;
        this.envelopes = envelopes;
        this.relay = relay;
        this.traces = traces;
    }

    /**
     * Stages an event for {@code topic}, keyed by {@code subject} (the aggregate id). Must run inside
     * the transaction that changes the aggregate. The current trace is stored with the event, so its publication
     * (and whatever consumers do with it) belongs to the same trace.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EventEnvelope append(String topic, String type, String schemaVersion, String subject, Object data) {
        var envelope = envelopes.wrap(type, schemaVersion, subject, data);
        jdbc.sql("""
                insert into outbox_event (event_id, topic, message_key, event_type, payload, trace_parent)
                values (:id, :topic, :key, :type, :payload, :traceParent)""")
                .param("id", envelope.id())
                .param("topic", topic)
                .param("key", subject)
                .param("type", type)
                .param("payload", envelopes.write(envelope))
                .param("traceParent", traces.currentTraceparent())
                .update();
        wakeRelayAfterCommit();
        return envelope;
    }

    private void wakeRelayAfterCommit() {
        var key = relay;
        if (TransactionSynchronizationManager.hasResource(key)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                if (status == STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
