package com.rentcar.platform.events;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes envelopes for the outbox and reads them back on the consumer side, checking the contract. */
public class EventEnvelopes {

    private final JsonMapper json;
    private final String source;
    private final Clock clock;

    public EventEnvelopes(JsonMapper json, String source, Clock clock) {
        this.json = json;
        this.source = source;
        this.clock = clock;
    }

    public EventEnvelope wrap(String type, String schemaVersion, String subject, Object data) {
        SchemaVersion.parse(schemaVersion);
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), type, source, clock.instant(),
                subject, schemaVersion, EventEnvelope.CONTENT_TYPE, json.valueToTree(data));
    }

    public String write(EventEnvelope envelope) {
        return json.writeValueAsString(envelope);
    }

    /**
     * Reads one message and checks what every consumer relies on: the envelope's required attributes
     * and a schema major version the consumer knows.
     *
     * @throws MalformedEventException when the message cannot be trusted
     */
    public EventEnvelope read(String message, Set<Integer> acceptedMajors) {
        if (message == null || message.isBlank()) {
            throw new MalformedEventException("empty message");
        }
        EventEnvelope envelope;
        try {
            envelope = json.readValue(message, EventEnvelope.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("not a readable event envelope: " + e.getOriginalMessage(), e);
        }
        require(envelope.id() != null, "id is missing");
        require(notBlank(envelope.type()), "type is missing");
        require(notBlank(envelope.source()), "source is missing");
        require(envelope.time() != null, "time is missing");
        require(notBlank(envelope.subject()), "subject is missing");
        require(envelope.data() != null && envelope.data().isObject(), "data must be a JSON object");
        int major = envelope.schemaMajor();
        require(acceptedMajors.contains(major), "unsupported schema version " + envelope.schemaversion()
                + " of " + envelope.type() + " (this consumer reads major " + acceptedMajors + ")");
        return envelope;
    }

    /** Maps the payload to the consumer's own type for it; a payload that does not fit is malformed. */
    public <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return json.treeToValue(envelope.data(), type);
        } catch (JacksonException e) {
            throw new MalformedEventException(envelope.type() + " payload does not match its schema: "
                    + e.getOriginalMessage(), e);
        }
    }

    public JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new MalformedEventException(reason);
        }
    }
}
