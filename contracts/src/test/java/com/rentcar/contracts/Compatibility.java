package com.rentcar.contracts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Whether a schema can replace its baseline within the same major version. One schema file serves every minor
 * of a major, so both directions must hold:
 * <ul>
 * <li>every message valid under the baseline stays valid (a 1.0 writer is still honouring the contract), so no
 * field may become required, change its type or narrow its values, and unknown fields stay allowed;</li>
 * <li>every message valid under the new schema can be read by a reader written for the baseline, so no required
 * field may go and no field may change its type or widen its values.</li>
 * </ul>
 * Adding an optional field, and changing descriptions, is compatible; everything else needs a new major.
 */
final class Compatibility {

    /** Keywords that decide which values a field may take; any change to one of them is a break. */
    private static final List<String> VALUE_KEYWORDS = List.of("type", "format", "const", "pattern", "minimum",
            "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems");

    private Compatibility() {
    }

    /**
     * What breaks readers or writers of {@code name} when {@code current} replaces {@code baseline}; empty when
     * it is compatible. A {@code current} of {@code null} means the schema is gone.
     */
    static List<String> breaks(String name, JsonNode baseline, JsonNode current) {
        var found = new ArrayList<String>();
        if (current == null || current.isMissingNode()) {
            found.add(name + ": the schema disappeared; readers of this major still expect it");
            return found;
        }
        compare(name, baseline, current, found);
        return found;
    }

    /** Every break between the baselines and the current schemas, by file name (a missing current one is gone). */
    static List<String> breaks(Map<String, JsonNode> baselines, Map<String, JsonNode> currents) {
        var found = new ArrayList<String>();
        baselines.forEach((name, baseline) -> found.addAll(breaks(name, baseline, currents.get(name))));
        return found;
    }

    private static void compare(String where, JsonNode baseline, JsonNode current, List<String> found) {
        for (var keyword : VALUE_KEYWORDS) {
            if (!baseline.path(keyword).equals(current.path(keyword))) {
                found.add(where + ": '" + keyword + "' changed from " + shown(baseline.path(keyword)) + " to "
                        + shown(current.path(keyword)));
            }
        }
        if (!values(baseline.path("enum")).equals(values(current.path("enum")))) {
            found.add(where + ": the allowed values changed from " + shown(baseline.path("enum")) + " to "
                    + shown(current.path("enum")));
        }
        if (allowsUnknownFields(baseline) && !allowsUnknownFields(current)) {
            found.add(where + ": unknown fields are no longer allowed, so later minors cannot add any");
        }
        var requiredBefore = fieldNames(baseline.path("required"));
        var requiredNow = fieldNames(current.path("required"));
        for (var field : requiredBefore) {
            if (!requiredNow.contains(field)) {
                found.add(where + ": required field '" + field + "' "
                        + (current.path("properties").has(field) ? "became optional" : "was removed")
                        + "; readers of this major rely on it");
            }
        }
        for (var field : requiredNow) {
            if (!requiredBefore.contains(field)) {
                found.add(where + ": field '" + field + "' became required; messages written without it break");
            }
        }
        for (var property : baseline.path("properties").properties()) {
            var now = current.path("properties").path(property.getKey());
            if (!now.isMissingNode()) {
                compare(where + "." + property.getKey(), property.getValue(), now, found);
            }
        }
        if (baseline.has("items") && current.has("items")) {
            compare(where + "[]", baseline.get("items"), current.get("items"), found);
        }
    }

    private static boolean allowsUnknownFields(JsonNode schema) {
        var additional = schema.path("additionalProperties");
        return additional.isMissingNode() || !additional.isBoolean() || additional.booleanValue();
    }

    /** The values of an {@code enum}, in any order, as JSON (so {@code 1} and {@code "1"} differ). */
    private static Set<String> values(JsonNode array) {
        var values = new HashSet<String>();
        array.values().forEach(value -> values.add(value.toString()));
        return values;
    }

    private static Set<String> fieldNames(JsonNode array) {
        var names = new LinkedHashSet<String>();
        array.values().forEach(value -> names.add(value.asString()));
        return names;
    }

    private static String shown(JsonNode value) {
        return value.isMissingNode() ? "(none)" : value.toString();
    }
}
