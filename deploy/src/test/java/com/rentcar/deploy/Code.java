package com.rentcar.deploy;

import static com.rentcar.deploy.Manifests.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the code says, for checking the manifests against it: the services (modules under {@code services/}), the
 * port each listens on, the settings each reads (so the environment variables that can set them), and the topics
 * and consumer groups of the event contract.
 */
final class Code {

    /** Set by the JVM, not by Spring: always known. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final Pattern CONFIGURATION_RECORD = Pattern.compile(
            "@ConfigurationProperties\\(\\s*(?:prefix\\s*=\\s*)?\"([a-z0-9.-]+)\"\\s*\\)[^{]*?record\\s+\\w+\\s*\\((.*?)\\)\\s*(?:implements[^{]*)?\\{",
            Pattern.DOTALL);
    private static final Pattern PROPERTY_LITERAL = Pattern.compile("\"(rentcar\\.[a-z0-9.-]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    final Path root;
    final Map<String, Path> services = new TreeMap<>();
    private final Set<String> springProperties = new HashSet<>();
    private final Set<String> platformProperties;

    Code(Path root) {
        this.root = root;
        try (var modules = Files.list(root.resolve("services"))) {
            modules.filter(m -> Files.exists(m.resolve("pom.xml")))
                    .forEach(m -> services.put(m.getFileName().toString(), m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loadSpringBootMetadata();
        platformProperties = propertiesOf(root.resolve("platform"));
    }

    /** The port a service listens on: {@code server.port} in its application.yml. */
    int portOf(String service) {
        var config = Manifests.loadAll(services.get(service).resolve("src/main/resources/application.yml")).getFirst();
        var port = Manifests.at(config, "server.port");
        if (port instanceof String text && text.startsWith("${")) {
            port = text.substring(text.indexOf(':') + 1, text.indexOf('}'));
        }
        return Integer.parseInt(Objects.toString(port));
    }

    /** Whether a service keeps its data in PostgreSQL (mypage excludes the data source: Kafka Streams stores). */
    boolean usesDatabase(String service) {
        var config = read(services.get(service).resolve("src/main/resources/application.yml"));
        return config.contains("datasource:") && !config.contains("DataSourceAutoConfiguration");
    }

    /** Whether {@code variable} sets something {@code service} reads. */
    boolean knows(String service, String variable) {
        if (JVM_VARIABLES.contains(variable) || springProperties.contains(variable)) {
            return true;
        }
        var own = propertiesOf(services.get(service));
        return own.contains(variable) || (dependsOnPlatform(service) && platformProperties.contains(variable));
    }

    boolean dependsOnPlatform(String service) {
        return read(services.get(service).resolve("pom.xml")).contains("<artifactId>platform</artifactId>");
    }

    /** The topics of the event contract (AsyncAPI channel addresses). */
    Set<String> topics() {
        var topics = new TreeSet<String>();
        Manifests.map(asyncApi().get("channels")).values()
                .forEach(channel -> topics.add(Objects.toString(map(channel).get("address"))));
        return topics;
    }

    /** The consumer groups a service reads {@code topic} with, as the contract names them. */
    Set<String> consumerGroups(String service, String topic) {
        var api = asyncApi();
        var channels = map(api.get("channels"));
        var groups = new TreeSet<String>();
        for (var operation : map(api.get("operations")).values()) {
            var op = map(operation);
            if (!"receive".equals(op.get("action")) || !service.equals(op.get("x-service"))) {
                continue;
            }
            var ref = Objects.toString(map(op.get("channel")).get("$ref"));
            var channel = map(channels.get(ref.substring(ref.lastIndexOf('/') + 1)));
            if (topic.equals(channel.get("address"))) {
                Manifests.strings(Manifests.at(op, "bindings.kafka.groupId.enum")).forEach(groups::add);
            }
        }
        return groups;
    }

    private Map<String, Object> asyncApi() {
        return map(Manifests.loadAll(root.resolve("contracts/src/main/resources/rentcar/contracts/asyncapi.yaml")).getFirst());
    }

    /**
     * Every setting a module reads, as the environment variable that sets it: the keys of its application*.yml
     * (and the platform's defaults), the {@code ${VARIABLE}} placeholders there, and in its sources the
     * {@code @ConfigurationProperties} records and the {@code "rentcar.*"} property names it looks up.
     */
    private Set<String> propertiesOf(Path module) {
        var variables = new HashSet<String>();
        try (var files = Files.walk(module.resolve("src/main"))) {
            for (var file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                var name = file.getFileName().toString();
                var text = read(file);
                if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                    for (var document : Manifests.loadAll(file)) {
                        flatten("", document, variables);
                    }
                    PLACEHOLDER.matcher(text).results().forEach(m -> variables.add(m.group(1)));
                } else if (name.endsWith(".java") || name.endsWith(".kt")) {
                    var records = CONFIGURATION_RECORD.matcher(text);
                    while (records.find()) {
                        for (var component : components(records.group(2))) {
                            variables.add(variable(records.group(1) + "." + kebab(component)));
                        }
                    }
                    PROPERTY_LITERAL.matcher(text).results().forEach(m -> variables.add(variable(m.group(1))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variables;
    }

    /** The component names of a record header such as {@code @DefaultValue("3") int partitions, Duration retention}. */
    private static List<String> components(String header) {
        var withoutAnnotations = header.replaceAll("@\\w+(\\([^)]*\\))?", " ").replaceAll("<[^<>]*>", "");
        return Stream.of(withoutAnnotations.split(",")).map(String::trim).filter(c -> !c.isEmpty())
                .map(c -> c.substring(c.lastIndexOf(' ') + 1)).toList();
    }

    private static void flatten(String prefix, Object node, Set<String> into) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, into));
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(prefix + "[" + i + "]", l.get(i), into);
            }
        }
        if (!prefix.isEmpty()) {
            into.add(variable(prefix));
        }
    }

    /** The environment variable Spring Boot binds to {@code property}: rentcar.jwt.private-key → RENTCAR_JWT_PRIVATE_KEY. */
    static String variable(String property) {
        return property.replace("[", "_").replace("]", "").replace('.', '_').replace('-', '_').toUpperCase();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private void loadSpringBootMetadata() {
        var json = JsonMapper.builder().build();
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            for (var resource : resolver.getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
                try (var in = resource.getInputStream()) {
                    for (var property : json.readTree(in).path("properties")) {
                        springProperties.add(variable(property.path("name").asString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
