package com.rentcar.platform.events;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One event on the wire, CloudEvents-style (structured mode, JSON): who said what about which
 * aggregate, when, in which version of the contract. {@code subject} is the aggregate id and also the
 * Kafka key, so one aggregate's events stay in order on one partition.
 */
public record EventEnvelope(
        String specversion,
        UUID id,
        String type,
        String source,
        Instant time,
        String subject,
        String schemaversion,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    /** The major part of {@link #schemaversion()}: consumers accept the majors they were written for. */
    public int schemaMajor() {
        return SchemaVersion.parse(schemaversion).major();
    }
}
