package com.rentcar.platform.plumbing;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.inbox.ProcessedEvents;
import com.rentcar.platform.kafka.DomainTopics;
import com.rentcar.platform.outbox.Outbox;

/** A minimal service that uses the plumbing the way real services do: a state change with its event, and a consumer. */
@SpringBootApplication
public class NotesApplication {

    static final String TOPIC = "notes";

    @Bean
    KafkaAdmin.NewTopics noteTopics(DomainTopics topics) {
        return topics.declare(TOPIC);
    }

    @Component
    static class TakingNotes {

        private final JdbcClient jdbc;
        private final Outbox outbox;

        TakingNotes(JdbcClient jdbc, Outbox outbox) {
            this.jdbc = jdbc;
            this.outbox = outbox;
        }

        @Transactional
        public void take(String id, String text) {
            jdbc.sql("insert into note (id, text) values (?, ?)").params(id, text).update();
            outbox.append(TOPIC, "NoteTaken", "1.0", id, Map.of("noteId", id, "text", text));
        }

        @Transactional
        public void takeThenFail(String id, String text) {
            take(id, text);
            throw new IllegalStateException("the change is rolled back, and its event with it");
        }
    }

    @Component
    static class CountingNotes {

        private final EventEnvelopes envelopes;
        private final ProcessedEvents processed;
        private final JdbcClient jdbc;
        private volatile Thread consumedOn;

        CountingNotes(EventEnvelopes envelopes, ProcessedEvents processed, JdbcClient jdbc) {
            this.envelopes = envelopes;
            this.processed = processed;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = TOPIC, groupId = "note-counter")
        void on(String message) {
            consumedOn = Thread.currentThread();
            var event = envelopes.read(message, Set.of(1));
            var note = envelopes.data(event, NoteTaken.class);
            processed.handleOnce("note-counter", event.id(), () -> jdbc
                    .sql("insert into note_seen (event_id, note_id) values (?, ?)")
                    .params(event.id(), note.noteId())
                    .update());
        }

        /** The thread the last event was consumed on. */
        Thread consumedOn() {
            return consumedOn;
        }
    }

    record NoteTaken(String noteId, String text) {
    }
}
