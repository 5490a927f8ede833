package com.rentcar.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The RentCar event contract as code, for tests: checks an event against the AsyncAPI document and the JSON
 * Schemas under {@code rentcar/contracts/} (the envelope, then {@code data} with the schema of its {@code type}
 * and {@code schemaversion} major), and hands out the examples. Producers assert that what they publish is
 * valid; consumers feed themselves the examples.
 */
public final class EventContract {

    public static final String ROOT = "rentcar/contracts/";
    public static final String ASYNCAPI = ROOT + "asyncapi.yaml";
    public static final String ENVELOPE_SCHEMA = ROOT + "schemas/envelope.v1.schema.json";

    private static final Pattern SCHEMA_VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();
    private static final AsyncApiDocument DOCUMENT = AsyncApiDocument.readResource(ASYNCAPI);
    private static final Set<String> TYPES = DOCUMENT.types();

    private EventContract() {
    }

    /** Every event type the contract knows, topic by topic in the document's order. */
    public static Set<String> types() {
        return TYPES;
    }

    /** The event topics (not their dead-letter topics), in the document's order. */
    public static Set<String> topics() {
        return DOCUMENT.eventTopics();
    }

    /** The event types {@code topic} carries; none for a dead-letter topic. */
    public static Set<String> typesOn(String topic) {
        var types = DOCUMENT.typesByTopic().get(topic);
        if (types == null) {
            throw new IllegalArgumentException("The contract has no topic " + topic + "; it has "
                    + DOCUMENT.typesByTopic().keySet());
        }
        return types;
    }

    /** The {@code data} field that holds the subject (the aggregate id, the Kafka key) of {@code type}. */
    public static String subjectField(String type) {
        requireKnown(type);
        return DOCUMENT.subjectFieldOfType().get(type);
    }

    /** What is wrong with this event, by the contract; empty when it is valid. */
    public static List<String> violations(String envelopeJson) {
        JsonNode event;
        try {
            event = JSON.readTree(envelopeJson);
        } catch (JacksonException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        var version = SCHEMA_VERSION.matcher(event.path("schemaversion").asString(""));
        var major = version.matches() ? Integer.parseInt(version.group(1)) : 1;
        var found = new ArrayList<String>();
        schema(envelopeSchemaPath(major)).validate(event).forEach(error -> found.add("envelope " + error));
        if (!event.isObject()) {
            return found;
        }
        var type = event.path("type").asString("");
        if (!types().contains(type)) {
            found.add("unknown event type '" + type + "' (the contract has " + types() + ")");
            return found;
        }
        if (!version.matches()) {
            return found;
        }
        var dataSchema = dataSchemaPath(type, major);
        if (!exists(dataSchema)) {
            found.add("no schema for " + type + " " + event.path("schemaversion").asString() + " (" + dataSchema
                    + " does not exist)");
            return found;
        }
        var data = event.path("data");
        schema(dataSchema).validate(data).forEach(error -> found.add(type + " data " + error));
        var subjectField = DOCUMENT.subjectFieldOfType().get(type);
        var subject = event.path("subject").asString("");
        if (!subject.equals(data.path(subjectField).asString(""))) {
            found.add("subject '" + subject + "' is not data." + subjectField + " '" + data.path(subjectField).asString("")
                    + "'");
        }
        var writer = DOCUMENT.writerOfType().get(type);
        if (writer != null && !writer.equals(event.path("source").asString(""))) {
            found.add("source '" + event.path("source").asString("") + "' is not the writer of " + type + " ('" + writer
                    + "')");
        }
        return found;
    }

    /** Fails with every violation listed unless the event honours the contract. */
    public static void assertValid(String envelopeJson) {
        var violations = violations(envelopeJson);
        if (!violations.isEmpty()) {
            throw new AssertionError("The event breaks the contract (" + ASYNCAPI + "):\n  - "
                    + String.join("\n  - ", violations) + "\nevent: " + envelopeJson);
        }
    }

    /** As {@link #assertValid(String)}, and the Kafka key must be the envelope's subject. */
    public static void assertValid(String key, String envelopeJson) {
        assertValid(envelopeJson);
        var subject = JSON.readTree(envelopeJson).path("subject").asString();
        if (!subject.equals(key)) {
            throw new AssertionError("The event's key '" + key + "' is not its subject '" + subject + "'");
        }
    }

    /** The example of {@code type} in its current major, as committed ({@code examples/<type>.v1.json}). */
    public static String example(String type) {
        requireKnown(type);
        return resource(ROOT + "examples/" + type + ".v1.json");
    }

    /**
     * The example of {@code type} as a new event: a fresh {@code id}, and {@code changes} applied, each named
     * {@code data.<field>} or by an envelope attribute ({@code schemaversion}, {@code subject}, ...). Changing the
     * subject field of {@code data} changes the {@code subject} too, unless {@code subject} is changed itself.
     * Returns compact JSON.
     */
    public static String exampleWith(String type, Map<String, ?> changes) {
        var event = (ObjectNode) JSON.readTree(example(type));
        event.put("id", UUID.randomUUID().toString());
        var data = (ObjectNode) event.get("data");
        changes.forEach((name, value) -> {
            if (name.startsWith("data.")) {
                data.set(name.substring("data.".length()), JSON.valueToTree(value));
            } else {
                event.set(name, JSON.valueToTree(value));
            }
        });
        if (!changes.containsKey("subject")) {
            event.set("subject", data.get(DOCUMENT.subjectFieldOfType().get(type)));
        }
        return JSON.writeValueAsString(event);
    }

    static String dataSchemaPath(String type, int major) {
        return ROOT + "schemas/" + type + ".v" + major + ".schema.json";
    }

    /** The envelope of a major that has one of its own ({@code envelope.v2.schema.json} once 2.0 exists), else 1's. */
    private static String envelopeSchemaPath(int major) {
        var own = ROOT + "schemas/envelope.v" + major + ".schema.json";
        return exists(own) ? own : ENVELOPE_SCHEMA;
    }

    private static boolean exists(String resource) {
        return EventContract.class.getClassLoader().getResource(resource) != null;
    }

    private static void requireKnown(String type) {
        if (!types().contains(type)) {
            throw new IllegalArgumentException("The contract has no event type " + type + "; it has " + types());
        }
    }

    private static Schema schema(String path) {
        return LOADED.computeIfAbsent(path, p -> SCHEMAS.getSchema(JSON.readTree(resource(p))));
    }

    private static String resource(String path) {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
