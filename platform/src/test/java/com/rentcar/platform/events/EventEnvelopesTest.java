package com.rentcar.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class EventEnvelopesTest {

    private final EventEnvelopes envelopes = new EventEnvelopes(JsonMapper.builder().build(), "management",
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_written_envelope_reads_back_the_same() {
        var written = envelopes.wrap("CarRegistered", "1.2", "car-1", Map.of("plateNumber", "12가3456"));

        var read = envelopes.read(envelopes.write(written), Set.of(1));

        assertThat(read).isEqualTo(written);
        assertThat(read.source()).isEqualTo("management");
        assertThat(read.time()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(read.schemaMajor()).isEqualTo(1);
    }

    @Test
    void a_newer_minor_version_is_read_and_an_unknown_major_version_is_refused() {
        var minor = envelopes.write(envelopes.wrap("CarRegistered", "1.7", "car-1", Map.of("extra", true)));
        var major = envelopes.write(envelopes.wrap("CarRegistered", "2.0", "car-1", Map.of()));

        assertThat(envelopes.read(minor, Set.of(1)).schemaversion()).isEqualTo("1.7");
        assertThatThrownBy(() -> envelopes.read(major, Set.of(1)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("unsupported schema version 2.0");
    }

    @Test
    void a_message_missing_what_every_consumer_relies_on_is_malformed() {
        assertThatThrownBy(() -> envelopes.read("", Set.of(1))).hasMessageContaining("empty message");
        assertThatThrownBy(() -> envelopes.read("[1,2]", Set.of(1))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> envelopes.read("{\"id\":\"not-a-uuid\"}", Set.of(1)))
                .isInstanceOf(MalformedEventException.class);
        var noSubject = envelopes.write(envelopes.wrap("CarRegistered", "1.0", "car-1", Map.of()))
                .replace("\"subject\":\"car-1\",", "");
        assertThatThrownBy(() -> envelopes.read(noSubject, Set.of(1))).hasMessageContaining("subject is missing");
        var noData = envelopes.write(envelopes.wrap("CarRegistered", "1.0", "car-1", Map.of()))
                .replace("\"data\":{}", "\"data\":\"text\"");
        assertThatThrownBy(() -> envelopes.read(noData, Set.of(1))).hasMessageContaining("data must be a JSON object");
    }

    @Test
    void a_schema_version_must_be_major_dot_minor() {
        assertThat(SchemaVersion.parse("3.14")).isEqualTo(new SchemaVersion(3, 14));
        assertThatThrownBy(() -> SchemaVersion.parse("v1")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> SchemaVersion.parse(null)).isInstanceOf(MalformedEventException.class);
    }
}
