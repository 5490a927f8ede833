package com.rentcar.platform.inbox;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The processed-event log behind idempotent consumers: a handler's effect and the record that it ran
 * for this event commit in one transaction, so a redelivered event finds the record and changes
 * nothing twice. Two instances receiving the same event at once serialise on the primary key.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public ProcessedEvents(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs {@code effect} for {@code eventId} unless {@code consumer} has already handled it.
     *
     * @return true when the effect ran now, false when the event had been handled before
     */
    public boolean handleOnce(String consumer, UUID eventId, Runnable effect) {
        Boolean ran = transactions.execute(tx -> {
            int inserted = jdbc.sql("""
                    insert into processed_event (consumer, event_id) values (:consumer, :id)
                    on conflict do nothing""")
                    .param("consumer", consumer)
                    .param("id", eventId)
                    .update();
            if (inserted == 0) {
                return false;
            }
            effect.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }
}
