package com.rentcar.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.SequencedSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the AsyncAPI document says about the events, read once: which topics carry which event types,
 * which service writes each type, and which {@code data} field is each type's subject (its Kafka key).
 */
record AsyncApiDocument(Map<String, SequencedSet<String>> typesByTopic, Map<String, String> writerOfType,
        Map<String, String> subjectFieldOfType) {

    static final String DEAD_LETTER_SUFFIX = ".DLT";
    private static final String MESSAGES = "#/components/messages/";

    static AsyncApiDocument read(InputStream yaml) {
        JsonNode root = YAMLMapper.builder().build().readTree(yaml);
        var channelTopics = new LinkedHashMap<String, String>();
        var typesByTopic = new LinkedHashMap<String, SequencedSet<String>>();
        var subjects = new LinkedHashMap<String, String>();
        for (var channel : root.path("channels").properties()) {
            var topic = channel.getValue().path("address").asString();
            channelTopics.put(channel.getKey(), topic);
            var types = new LinkedHashSet<String>();
            if (!topic.endsWith(DEAD_LETTER_SUFFIX)) {
                for (var message : channel.getValue().path("messages").values()) {
                    var component = root.path("components").path("messages")
                            .path(componentName(message.path("$ref").asString()));
                    var type = component.path("name").asString();
                    types.add(type);
                    subjects.put(type, component.path("x-subject-field").asString());
                }
            }
            typesByTopic.put(topic, Collections.unmodifiableSequencedSet(types));
        }
        var writers = new LinkedHashMap<String, String>();
        for (var operation : root.path("operations").values()) {
            var topic = channelTopics.get(componentName(operation.path("channel").path("$ref").asString()));
            if ("send".equals(operation.path("action").asString()) && topic != null) {
                for (var type : typesByTopic.get(topic)) {
                    writers.put(type, operation.path("x-service").asString());
                }
            }
        }
        return new AsyncApiDocument(Collections.unmodifiableMap(typesByTopic), Collections.unmodifiableMap(writers),
                Collections.unmodifiableMap(subjects));
    }

    /** Every event type, topic by topic in the document's order. */
    SequencedSet<String> types() {
        var types = new LinkedHashSet<String>();
        typesByTopic.values().forEach(types::addAll);
        return Collections.unmodifiableSequencedSet(types);
    }

    /** The topics that carry events (not the dead-letter topics). */
    SequencedSet<String> eventTopics() {
        var topics = new LinkedHashSet<String>();
        typesByTopic.forEach((topic, types) -> {
            if (!topic.endsWith(DEAD_LETTER_SUFFIX)) {
                topics.add(topic);
            }
        });
        return Collections.unmodifiableSequencedSet(topics);
    }

    static AsyncApiDocument readResource(String path) {
        try (var yaml = AsyncApiDocument.class.getClassLoader().getResourceAsStream(path)) {
            if (yaml == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            return read(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code X} of {@code #/components/messages/X} or {@code #/channels/X}: the last segment of a local reference. */
    private static String componentName(String ref) {
        if (ref.startsWith(MESSAGES)) {
            return ref.substring(MESSAGES.length());
        }
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
