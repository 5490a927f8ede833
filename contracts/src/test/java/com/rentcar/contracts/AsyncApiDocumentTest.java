package com.rentcar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The AsyncAPI document is well-formed, refers to exactly the schemas and examples there are, and says what the
 * prose contract (contracts/events.md) says.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AsyncApiDocumentTest {

    static final Path CONTRACT = Path.of("src/main/resources/rentcar/contracts");
    static final Path PROSE = Path.of("events.md");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode document;

    @BeforeAll
    static void parse() throws IOException {
        document = YAMLMapper.builder().build().readTree(CONTRACT.resolve("asyncapi.yaml").toFile());
    }

    @Test
    void it_is_an_asyncapi_3_document_with_the_local_kafka_server() {
        assertThat(document.path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.path("info").path("title").asString()).isNotBlank();
        assertThat(document.path("info").path("version").asString()).isNotBlank();
        var local = document.path("servers").path("local");
        assertThat(local.path("host").asString()).isEqualTo("localhost:9092");
        assertThat(local.path("protocol").asString()).isEqualTo("kafka");
    }

    @Test
    void every_reference_resolves_and_every_schema_and_example_is_referenced() throws IOException {
        var references = new ArrayList<String>();
        collectReferences(document, references);
        var files = new TreeSet<String>();
        for (var ref : references) {
            if (ref.startsWith("#")) {
                assertThat(document.at(JsonPointer.compile(ref.substring(1))).isMissingNode()).as("%s resolves", ref)
                        .isFalse();
            } else {
                assertThat(ref).startsWith("./");
                assertThat(CONTRACT.resolve(ref)).as(ref).isRegularFile();
                files.add(ref.substring(2));
            }
        }

        var present = new TreeSet<String>();
        present.addAll(list("schemas"));
        present.addAll(list("examples"));
        assertThat(files).isEqualTo(present);
    }

    @Test
    void every_message_names_its_type_key_subject_field_envelope_payload_and_example() {
        for (var type : EventContract.types()) {
            var message = document.path("components").path("messages").path(type);
            assertThat(message.path("name").asString()).as(type).isEqualTo(type);
            var parts = message.path("payload").path("schema").path("allOf");
            assertThat(parts.get(0).path("$ref").asString()).isEqualTo("./schemas/envelope.v1.schema.json");
            assertThat(parts.get(1).path("properties").path("type").path("const").asString()).isEqualTo(type);
            assertThat(parts.get(1).path("properties").path("data").path("$ref").asString())
                    .isEqualTo("./schemas/" + type + ".v1.schema.json");
            assertThat(message.path("examples").get(0).path("payload").path("$ref").asString())
                    .isEqualTo("./examples/" + type + ".v1.json");
            assertThat(message.path("bindings").path("kafka").path("key").path("format").asString()).as(type)
                    .isEqualTo("uuid");
            var schema = JSON.readTree(CONTRACT.resolve("schemas/" + type + ".v1.schema.json").toFile());
            assertThat(schema.path("required").values()).as("the subject field of %s is required", type)
                    .extracting(JsonNode::asString).contains(message.path("x-subject-field").asString());
        }
    }

    @Test
    void every_topic_has_its_dead_letter_topic_and_every_type_one_writer() {
        var addresses = document.path("channels").values().stream().map(c -> c.path("address").asString()).toList();
        for (var topic : EventContract.topics()) {
            assertThat(addresses).contains(topic + ".DLT");
        }
        var written = new ArrayList<String>();
        for (var operation : document.path("operations").values()) {
            assertThat(operation.path("x-service").asString()).isNotBlank();
            assertThat(operation.path("action").asString()).isIn("send", "receive");
            if (operation.path("action").asString().equals("send")) {
                operation.path("messages").values().stream().map(m -> m.path("$ref").asString())
                        .filter(ref -> !ref.endsWith("/DeadLetter")).map(ref -> ref.substring(ref.lastIndexOf('/') + 1))
                        .forEach(written::add);
            }
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(EventContract.types());
    }

    @Test
    void the_topics_owners_and_types_are_those_of_events_md() throws IOException {
        var rows = tableRows("| topic | owner |");
        var prose = new LinkedHashMap<String, List<String>>();
        for (var row : rows) {
            var topic = unquote(row.get(0));
            prose.put(topic, splitList(row.get(3)));
            for (var type : splitList(row.get(3))) {
                assertThat(writerOf(type)).as("writer of %s", type).isEqualTo(row.get(1));
            }
        }

        assertThat(prose.keySet()).containsExactlyElementsOf(EventContract.topics());
        prose.forEach((topic, types) -> assertThat(EventContract.typesOn(topic)).as(topic)
                .containsExactlyElementsOf(types));
    }

    @Test
    void the_payload_fields_are_those_of_events_md() throws IOException {
        var prose = new LinkedHashMap<String, Set<String>>();
        for (var row : tableRows("| type | fields |")) {
            prose.put(row.get(0), new LinkedHashSet<>(splitList(row.get(1))));
        }

        assertThat(prose.keySet()).containsExactlyInAnyOrderElementsOf(EventContract.types());
        prose.forEach((type, fields) -> {
            var schema = JSON.readTree(CONTRACT.resolve("schemas/" + type + ".v1.schema.json").toFile());
            assertThat(schema.path("properties").propertyNames()).as(type).containsExactlyElementsOf(fields);
        });
    }

    private static String writerOf(String type) {
        for (var operation : document.path("operations").values()) {
            if (operation.path("action").asString().equals("send") && operation.path("messages").values().stream()
                    .anyMatch(m -> m.path("$ref").asString().endsWith("/messages/" + type))) {
                return operation.path("x-service").asString();
            }
        }
        return null;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject() && node.has("$ref")) {
            references.add(node.get("$ref").asString());
        }
        node.values().forEach(child -> collectReferences(child, references));
    }

    private static Set<String> list(String directory) throws IOException {
        try (var files = Files.list(CONTRACT.resolve(directory))) {
            return files.map(f -> directory + "/" + f.getFileName()).collect(Collectors.toSet());
        }
    }

    /** The cells of the markdown table whose header starts with {@code header}. */
    private static List<List<String>> tableRows(String header) throws IOException {
        var lines = Files.readAllLines(PROSE);
        var start = lines.indexOf(lines.stream().filter(l -> l.startsWith(header)).findFirst().orElseThrow());
        var rows = new ArrayList<List<String>>();
        for (var line : lines.subList(start + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            rows.add(List.of(line.substring(1, line.length() - 1).split("\\|")).stream().map(String::strip).toList());
        }
        assertThat(rows).as("rows of the table " + header).isNotEmpty();
        return rows;
    }

    private static final Pattern REMARK = Pattern.compile("\\s*\\([^)]*\\)");

    /** {@code "a, b (`X`), `c`"} → {@code [a, b, c]}. */
    private static List<String> splitList(String cell) {
        return List.of(REMARK.matcher(cell).replaceAll("").split(",")).stream().map(s -> unquote(s.strip())).toList();
    }

    private static String unquote(String cell) {
        return cell.replace("`", "");
    }
}
