package com.rentcar.platform.plumbing;

import com.rentcar.platform.test.TopicReader;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.test.TestPostgres;

import tools.jackson.databind.json.JsonMapper;

/**
 * The plumbing against a real KRaft broker and a real PostgreSQL: outbox publication, the crash
 * between commit and publish, redelivery, and dead letters.
 */
class PlumbingIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static EmbeddedKafkaKraftBroker kafka;
    private static ConfigurableApplicationContext notes;

    @BeforeAll
    static void start() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
        notes = startNotes(TestPostgres.newDatabase(), true);
    }

    @AfterAll
    static void stop() {
        notes.close();
        kafka.destroy();
    }

    private static ConfigurableApplicationContext startNotes(String databaseUrl, boolean relayEnabled) {
        return new SpringApplicationBuilder(NotesApplication.class)
                .properties(
                        "spring.datasource.url=" + databaseUrl,
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=postgres",
                        "spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "rentcar.outbox.relay-enabled=" + relayEnabled,
                        "spring.main.web-application-type=none")
                .run();
    }

    @Test
    void an_event_is_published_after_its_change_commits_with_the_whole_envelope() {
        var id = "note-" + UUID.randomUUID();
        notes.getBean(NotesApplication.TakingNotes.class).take(id, "first");

        try (var reader = new TopicReader(kafka.getBrokersAsString(), NotesApplication.TOPIC)) {
            var record = await().atMost(PATIENCE).until(() -> findByKey(reader.records(), id), r -> r != null);
            var envelope = JsonMapper.builder().build().readTree(record.value());
            assertThat(envelope.get("specversion").asString()).isEqualTo("1.0");
            assertThat(envelope.get("type").asString()).isEqualTo("NoteTaken");
            assertThat(envelope.get("source").asString()).isEqualTo("notes");
            assertThat(envelope.get("subject").asString()).isEqualTo(id);
            assertThat(envelope.get("schemaversion").asString()).isEqualTo("1.0");
            assertThat(UUID.fromString(envelope.get("id").asString())).isNotNull();
            assertThat(envelope.get("time").asString()).isNotBlank();
            assertThat(envelope.get("data").get("text").asString()).isEqualTo("first");
            assertThat(new String(record.headers().lastHeader("ce_type").value(), UTF_8)).isEqualTo("NoteTaken");
        }
        // the row is marked published after the broker acknowledged it, in a commit of its own: maybe after the read
        await().atMost(PATIENCE).until(() -> unpublished(notes) == 0);
    }

    @Test
    void a_rolled_back_change_publishes_nothing() {
        var id = "note-" + UUID.randomUUID();
        var taking = notes.getBean(NotesApplication.TakingNotes.class);
        try {
            taking.takeThenFail(id, "never");
        } catch (IllegalStateException expected) {
            // the use case failed after staging its event
        }
        var marker = "note-" + UUID.randomUUID();
        taking.take(marker, "after");

        try (var reader = new TopicReader(kafka.getBrokersAsString(), NotesApplication.TOPIC)) {
            await().atMost(PATIENCE).until(() -> findByKey(reader.records(), marker) != null);
            assertThat(findByKey(reader.records(), id)).isNull();
        }
        assertThat(jdbc(notes).sql("select count(*) from outbox_event where message_key = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void an_event_staged_before_a_crash_is_published_exactly_once_after_restart() {
        var database = TestPostgres.newDatabase();
        var id = "note-" + UUID.randomUUID();

        // The change commits, then the process dies before its relay publishes anything.
        var crashed = startNotes(database, false);
        crashed.getBean(NotesApplication.TakingNotes.class).take(id, "survives");
        assertThat(unpublished(crashed)).isEqualTo(1);
        crashed.close();

        var restarted = startNotes(database, true);
        try (var reader = new TopicReader(kafka.getBrokersAsString(), NotesApplication.TOPIC)) {
            await().atMost(PATIENCE).until(() -> unpublished(restarted) == 0);
            var marker = "note-" + UUID.randomUUID();
            restarted.getBean(NotesApplication.TakingNotes.class).take(marker, "later");
            await().atMost(PATIENCE).until(() -> findByKey(reader.records(), marker) != null);

            assertThat(reader.records().stream().filter(r -> id.equals(r.key()))).hasSize(1);
        } finally {
            restarted.close();
        }
    }

    @Test
    void events_are_consumed_on_a_platform_thread_while_requests_get_virtual_ones() {
        var id = "note-" + UUID.randomUUID();
        var message = noteTaken("1.0", id, "t");

        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(NotesApplication.TOPIC, id, message));
        }

        await().atMost(PATIENCE).until(() -> seen(id) == 1);
        assertThat(notes.getEnvironment().getProperty("spring.threads.virtual.enabled")).isEqualTo("true");
        assertThat(notes.getBean(NotesApplication.CountingNotes.class).consumedOn().isVirtual()).isFalse();
    }

    @Test
    void a_redelivered_event_changes_nothing_twice() {
        var id = "note-" + UUID.randomUUID();
        var message = noteTaken("1.0", id, "twice");
        var marker = "note-" + UUID.randomUUID();
        var after = noteTaken("1.0", marker, "m");

        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(NotesApplication.TOPIC, id, message));
            producer.send(new ProducerRecord<>(NotesApplication.TOPIC, id, message));
            producer.send(new ProducerRecord<>(NotesApplication.TOPIC, id, message));
            // same key, so the marker is consumed after the three copies
            producer.send(new ProducerRecord<>(NotesApplication.TOPIC, id, after));
        }

        await().atMost(PATIENCE).until(() -> seen(marker) == 1);
        assertThat(seen(id)).isEqualTo(1);
    }

    @Test
    void what_a_consumer_handled_is_committed_without_further_messages() throws Exception {
        // offsets are committed on a timer (ack-mode time), not after each poll: the last event's commit must not wait
        // for a next one, or a quiet group would stay behind (and a restart would deliver it again)
        var marker = "note-" + UUID.randomUUID();
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(NotesApplication.TOPIC, marker, noteTaken("1.0", marker, "last"))).get();
        }
        await().atMost(PATIENCE).until(() -> seen(marker) == 1);

        try (var admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.getBrokersAsString()))) {
            var partitions = admin.describeTopics(List.of(NotesApplication.TOPIC)).allTopicNames().get()
                    .get(NotesApplication.TOPIC).partitions().stream()
                    .map(p -> new TopicPartition(NotesApplication.TOPIC, p.partition())).toList();
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get();
            await().atMost(PATIENCE).untilAsserted(() -> {
                var committed = admin.listConsumerGroupOffsets("note-counter").partitionsToOffsetAndMetadata().get();
                for (var partition : partitions) {
                    long end = ends.get(partition).offset();
                    var offset = committed.get(partition);
                    assertThat(offset == null ? 0 : offset.offset()).as("committed offset of %s", partition).isEqualTo(end);
                }
            });
        }
    }

    @Test
    void malformed_and_unknown_version_messages_go_to_the_dead_letter_topic_and_the_partition_keeps_flowing() {
        var key = "poison-" + UUID.randomUUID();
        var futureVersion = noteTaken("2.0", key, "v2");
        var marker = noteTaken("1.0", key, "good");

        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(NotesApplication.TOPIC, key, "{not json"));
            producer.send(new ProducerRecord<>(NotesApplication.TOPIC, key, futureVersion));
            producer.send(new ProducerRecord<>(NotesApplication.TOPIC, key, "{\"specversion\":\"1.0\",\"type\":\"NoteTaken\"}"));
            producer.send(new ProducerRecord<>(NotesApplication.TOPIC, key, marker));
        }

        await().atMost(PATIENCE).until(() -> seen(key) == 1);
        try (var reader = new TopicReader(kafka.getBrokersAsString(), NotesApplication.TOPIC + ".DLT")) {
            var dead = await().atMost(PATIENCE).until(
                    () -> reader.records().stream().filter(r -> key.equals(r.key())).toList(), l -> l.size() == 3);
            assertThat(dead).extracting(r -> reason(r))
                    .anySatisfy(reason -> assertThat(reason).contains("not a readable event envelope"))
                    .anySatisfy(reason -> assertThat(reason).contains("unsupported schema version 2.0"))
                    .anySatisfy(reason -> assertThat(reason).contains("id is missing"));
            assertThat(dead).allSatisfy(r -> assertThat(header(r, "kafka_dlt-original-topic")).isEqualTo(NotesApplication.TOPIC));
        }
    }

    /** A NoteTaken event of that schema version, as the notes service would publish it. */
    private static String noteTaken(String schemaVersion, String noteId, String text) {
        var envelopes = notes.getBean(EventEnvelopes.class);
        return envelopes.write(envelopes.wrap("NoteTaken", schemaVersion, noteId, new NotesApplication.NoteTaken(noteId, text)));
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return header(record, "kafka_dlt-exception-message");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), UTF_8);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of("bootstrap.servers", kafka.getBrokersAsString()),
                new StringSerializer(), new StringSerializer());
    }

    private static ConsumerRecord<String, String> findByKey(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).findFirst().orElse(null);
    }

    private static int seen(String noteId) {
        return jdbc(notes).sql("select count(*) from note_seen where note_id = ?").param(noteId).query(Integer.class).single();
    }

    private static int unpublished(ConfigurableApplicationContext context) {
        return jdbc(context).sql("select count(*) from outbox_event where published_at is null").query(Integer.class).single();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }
}
