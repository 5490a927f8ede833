package com.rentcar.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The documents of one kustomization directory, read the way kustomize reads them: its {@code resources} (files and
 * other kustomizations, recursively) and its {@code patches}. The patches are kept apart (they are partial documents
 * that must each hit a resource); kustomize itself is not needed.
 */
final class Manifests {

    final Path directory;
    final Map<String, Object> kustomization;
    final List<Document> resources = new ArrayList<>();
    final List<Document> patches = new ArrayList<>();

    private Manifests(Path directory) {
        this.directory = directory;
        this.kustomization = map(loadAll(directory.resolve("kustomization.yaml")).getFirst());
    }

    static Manifests of(Path directory) {
        var manifests = new Manifests(directory);
        for (var resource : strings(manifests.kustomization.get("resources"))) {
            var path = directory.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                manifests.resources.addAll(of(path).resources);
            } else {
                loadAll(path).forEach(d -> manifests.resources.add(new Document(path, map(d))));
            }
        }
        for (var patch : list(manifests.kustomization.get("patches"))) {
            var path = directory.resolve(Objects.toString(map(patch).get("path"))).normalize();
            loadAll(path).forEach(d -> manifests.patches.add(new Document(path, map(d))));
        }
        return manifests;
    }

    List<Document> ofKind(String kind) {
        return resources.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    Optional<Document> find(String kind, String name) {
        return resources.stream().filter(d -> d.kind().equals(kind) && d.name().equals(name)).findFirst();
    }

    /** One YAML document and the file it came from. */
    record Document(Path file, Map<String, Object> body) {

        String kind() {
            return Objects.toString(body.get("kind"), "");
        }

        String apiVersion() {
            return Objects.toString(body.get("apiVersion"), "");
        }

        String name() {
            return Objects.toString(map(body.get("metadata")).get("name"), "");
        }

        /** The value at a dotted path ({@code spec.template.spec}); {@code null} when any step is missing. */
        Object at(String path) {
            return Manifests.at(body, path);
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " (" + file.getFileName() + ")";
        }
    }

    static Object at(Object node, String path) {
        Object current = node;
        for (var step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(step);
        }
        return current;
    }

    static List<Object> loadAll(Path file) {
        try {
            var yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            var documents = new ArrayList<Object>();
            for (var document : yaml.loadAll(Files.readString(file))) {
                if (document != null) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    static Stream<Map<String, Object>> maps(Object value) {
        return list(value).stream().map(Manifests::map);
    }
}
