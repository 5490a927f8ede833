package com.rentcar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change that breaks the contract fails the build: every schema of a major version is compared with its
 * committed baseline ({@code src/test/resources/baseline/v<major>/}, copies of the schemas as first published).
 * To change a schema compatibly, add optional fields and leave the baseline alone; a change this test refuses
 * needs a new major ({@code <type>.v2.schema.json}) published beside the old one.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CompatibilityTest {

    static final Path SCHEMAS = Path.of("src/main/resources/rentcar/contracts/schemas");
    static final Path BASELINES = Path.of("src/test/resources/baseline");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_schemas_are_compatible_with_their_baselines() throws IOException {
        var baselines = new TreeMap<String, JsonNode>();
        try (var majors = Files.list(BASELINES)) {
            for (var major : majors.toList()) {
                baselines.putAll(read(major));
            }
        }
        var current = read(SCHEMAS);

        assertThat(Compatibility.breaks(baselines, current)).isEmpty();
        assertThat(baselines.keySet()).as("every published schema has a baseline: copy a new one to %s/v<major>/",
                BASELINES).containsAll(current.keySet());
    }

    /** The checker itself, on schemas changed in memory. */
    @Nested
    class TheChecker {

        final JsonNode baseline = schema("ReservationConfirmed.v1.schema.json");
        final ObjectNode changed = (ObjectNode) baseline.deepCopy();

        @Test
        void accepts_the_schema_unchanged_and_with_new_descriptions() {
            properties().set("amount", property("amount").put("description", "What was charged, in won."));

            assertThat(check()).isEmpty();
        }

        @Test
        void accepts_a_new_optional_field() {
            properties().set("insurance", JSON.createObjectNode().put("type", "string")
                    .put("description", "The cover the customer chose (since 1.1)."));

            assertThat(check()).isEmpty();
        }

        @Test
        void refuses_removing_a_required_field() {
            properties().remove("amount");
            required().removeIf(field -> field.asString().equals("amount"));

            assertThat(check()).singleElement().asString().contains("required field 'amount' was removed");
        }

        @Test
        void refuses_making_a_required_field_optional() {
            required().removeIf(field -> field.asString().equals("plateNumber"));

            assertThat(check()).singleElement().asString().contains("required field 'plateNumber' became optional");
        }

        @Test
        void refuses_changing_a_fields_type() {
            property("amount").put("type", "string");

            assertThat(check()).singleElement().asString()
                    .contains("ReservationConfirmed.v1.schema.json.amount: 'type' changed from \"integer\" to \"string\"");
        }

        @Test
        void refuses_changing_a_fields_format() {
            property("pickupDate").put("format", "date-time");

            assertThat(check()).singleElement().asString().contains("pickupDate: 'format' changed");
        }

        @Test
        void refuses_a_new_required_field() {
            properties().set("insurance", JSON.createObjectNode().put("type", "string"));
            required().add("insurance");

            assertThat(check()).singleElement().asString().contains("field 'insurance' became required");
        }

        @Test
        void refuses_making_an_optional_field_required() {
            properties().set("insurance", JSON.createObjectNode().put("type", "string"));
            var withOptional = changed.deepCopy();
            ((ArrayNode) changed.get("required")).add("insurance");

            assertThat(Compatibility.breaks("ReservationConfirmed.v1.schema.json", withOptional, changed))
                    .singleElement().asString().contains("field 'insurance' became required");
        }

        @Test
        void refuses_new_or_fewer_allowed_values() {
            var carStatus = schema("CarStatusChanged.v1.schema.json");
            var widened = carStatus.deepCopy();
            ((ArrayNode) widened.get("properties").get("status").get("enum")).add("IN_MAINTENANCE");
            var narrowed = carStatus.deepCopy();
            ((ArrayNode) narrowed.get("properties").get("status").get("enum")).remove(1);

            assertThat(Compatibility.breaks("CarStatusChanged", carStatus, widened)).singleElement().asString()
                    .contains("status: the allowed values changed");
            assertThat(Compatibility.breaks("CarStatusChanged", carStatus, narrowed)).hasSize(1);
        }

        @Test
        void refuses_closing_the_schema_to_fields_a_later_minor_adds() {
            changed.put("additionalProperties", false);

            assertThat(check()).singleElement().asString().contains("unknown fields are no longer allowed");
        }

        @Test
        void refuses_a_schema_that_disappears() {
            var baselines = Map.of("ReservationConfirmed.v1.schema.json", baseline,
                    "ReservationCompleted.v1.schema.json", schema("ReservationCompleted.v1.schema.json"));

            assertThat(Compatibility.breaks(baselines, Map.of("ReservationConfirmed.v1.schema.json", baseline)))
                    .singleElement().asString().contains("ReservationCompleted.v1.schema.json: the schema disappeared");
        }

        @Test
        void reports_every_break_at_once() {
            property("amount").put("type", "number");
            required().removeIf(field -> field.asString().equals("model"));
            properties().remove("model");
            changed.put("additionalProperties", false);

            assertThat(check()).hasSize(3);
        }

        private List<String> check() {
            return Compatibility.breaks("ReservationConfirmed.v1.schema.json", baseline, changed);
        }

        private ObjectNode properties() {
            return (ObjectNode) changed.get("properties");
        }

        private ObjectNode property(String name) {
            return (ObjectNode) properties().get(name);
        }

        private ArrayNode required() {
            return (ArrayNode) changed.get("required");
        }
    }

    static JsonNode schema(String name) {
        return JSON.readTree(SCHEMAS.resolve(name).toFile());
    }

    private static Map<String, JsonNode> read(Path directory) throws IOException {
        var schemas = new TreeMap<String, JsonNode>();
        try (var files = Files.list(directory)) {
            for (var file : files.filter(f -> f.toString().endsWith(".schema.json")).toList()) {
                schemas.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
            }
        }
        return schemas;
    }
}
