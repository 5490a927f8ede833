package com.rentcar.deploy;

import static com.rentcar.deploy.Manifests.at;
import static com.rentcar.deploy.Manifests.list;
import static com.rentcar.deploy.Manifests.map;
import static com.rentcar.deploy.Manifests.maps;
import static com.rentcar.deploy.Manifests.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.rentcar.deploy.Manifests.Document;

/**
 * The Kubernetes manifests under {@code deploy/k8s}, checked offline: every document is a well-formed object of its
 * kind, every Deployment can be rolled and drained safely, and every image, port, environment variable, topic and
 * consumer group they name exists in the code — so a renamed setting or topic fails the build, not the cluster.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s").toAbsolutePath();
    private static final Code CODE = new Code(Path.of("").toAbsolutePath().getParent());
    private static final Manifests BASE = Manifests.of(K8S.resolve("base"));

    /** apiVersion and the fields without which the API server (or the operator) refuses the object. */
    private static final Map<String, List<String>> KINDS = Map.ofEntries(
            Map.entry("ConfigMap", List.of("v1", "data")),
            Map.entry("Namespace", List.of("v1")),
            Map.entry("Secret", List.of("v1")),
            Map.entry("Service", List.of("v1", "spec.selector", "spec.ports")),
            Map.entry("Deployment", List.of("apps/v1", "spec.selector.matchLabels", "spec.template.metadata.labels",
                    "spec.template.spec.containers")),
            Map.entry("PodDisruptionBudget", List.of("policy/v1", "spec.selector.matchLabels", "spec.minAvailable")),
            Map.entry("HorizontalPodAutoscaler", List.of("autoscaling/v2", "spec.scaleTargetRef.name",
                    "spec.minReplicas", "spec.maxReplicas", "spec.metrics")),
            Map.entry("ScaledObject", List.of("keda.sh/v1alpha1", "spec.scaleTargetRef.name", "spec.triggers")),
            Map.entry("NetworkPolicy", List.of("networking.k8s.io/v1", "spec.podSelector", "spec.policyTypes")),
            Map.entry("Ingress", List.of("networking.k8s.io/v1", "spec.ingressClassName", "spec.rules")),
            Map.entry("Kafka", List.of("kafka.strimzi.io/v1beta2", "spec.kafka.listeners", "spec.entityOperator.topicOperator")),
            Map.entry("KafkaNodePool", List.of("kafka.strimzi.io/v1beta2", "spec.replicas", "spec.roles", "spec.storage.type")),
            Map.entry("KafkaTopic", List.of("kafka.strimzi.io/v1beta2", "spec.partitions", "spec.replicas")),
            Map.entry("Cluster", List.of("postgresql.cnpg.io/v1", "spec.instances", "spec.storage.size", "spec.bootstrap.initdb")),
            Map.entry("Database", List.of("postgresql.cnpg.io/v1", "spec.name", "spec.owner", "spec.cluster.name")));

    @ParameterizedTest
    @ValueSource(strings = {"base", "local", "production"})
    void every_document_parses_as_its_kind_and_every_patch_hits_a_resource(String overlay) {
        var manifests = Manifests.of(K8S.resolve(overlay));
        assertThat(manifests.resources).isNotEmpty();
        assertSoftly(soft -> {
            var seen = new HashSet<String>();
            for (var document : manifests.resources) {
                var kind = KINDS.get(document.kind());
                soft.assertThat(kind).as("a kind these manifests may use: %s", document).isNotNull();
                if (kind == null) {
                    continue;
                }
                soft.assertThat(document.apiVersion()).as("apiVersion of %s", document).isEqualTo(kind.getFirst());
                soft.assertThat(document.name()).as("metadata.name of %s", document).matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
                for (var field : kind.subList(1, kind.size())) {
                    soft.assertThat(document.at(field)).as("%s of %s", field, document).isNotNull();
                }
                soft.assertThat(seen.add(document.kind() + "/" + document.name())).as("%s is declared once", document).isTrue();
            }
            for (var patch : manifests.patches) {
                soft.assertThat(manifests.find(patch.kind(), patch.name())).as("the resource patch %s changes", patch).isPresent()
                        .get().extracting(Document::apiVersion).isEqualTo(patch.apiVersion());
            }
        });
    }

    @Test
    void every_service_is_deployed_with_probes_resources_graceful_termination_a_service_and_a_budget() {
        var deployments = BASE.ofKind("Deployment");
        assertThat(deployments).extracting(Document::name).containsExactlyInAnyOrderElementsOf(CODE.services.keySet());
        assertSoftly(soft -> {
            for (var deployment : deployments) {
                var pod = map(deployment.at("spec.template.spec"));
                var labels = map(deployment.at("spec.template.metadata.labels"));
                soft.assertThat(labels).as("pod labels of %s", deployment)
                        .containsAllEntriesOf(map(deployment.at("spec.selector.matchLabels")));
                soft.assertThat(at(pod, "terminationGracePeriodSeconds")).as("grace period of %s", deployment).isNotNull();
                soft.assertThat(deployment.at("spec.strategy.rollingUpdate.maxUnavailable")).as("rolls without losing capacity: %s", deployment).isEqualTo(0);
                var container = container(deployment);
                for (var probe : List.of("livenessProbe", "readinessProbe")) {
                    soft.assertThat(at(container, probe + ".httpGet.path")).as("%s of %s", probe, deployment)
                            .isEqualTo("/actuator/health/" + probe.replace("Probe", ""));
                }
                soft.assertThat(at(container, "lifecycle.preStop")).as("preStop (drain) of %s", deployment).isNotNull();
                for (var resource : List.of("requests.cpu", "requests.memory", "limits.memory")) {
                    soft.assertThat(at(container, "resources." + resource)).as("%s of %s", resource, deployment).isNotNull();
                }
                soft.assertThat(BASE.ofKind("PodDisruptionBudget")).as("a PodDisruptionBudget for %s", deployment)
                        .anySatisfy(pdb -> assertThat(labels).containsAllEntriesOf(map(pdb.at("spec.selector.matchLabels"))));
                soft.assertThat(BASE.ofKind("Service")).as("a Service for %s", deployment)
                        .anySatisfy(service -> assertThat(labels).containsAllEntriesOf(map(service.at("spec.selector"))));
            }
        });
    }

    @Test
    void request_services_scale_on_cpu_and_event_readers_on_consumer_lag() {
        assertThat(BASE.ofKind("HorizontalPodAutoscaler")).extracting(h -> h.at("spec.scaleTargetRef.name"))
                .containsExactlyInAnyOrder("gateway", "reservation", "payment");
        assertThat(BASE.ofKind("HorizontalPodAutoscaler")).allSatisfy(hpa ->
                assertThat(maps(hpa.at("spec.metrics")).map(m -> at(m, "resource.name")).toList()).containsExactly("cpu"));
        assertThat(BASE.ofKind("ScaledObject")).extracting(s -> s.at("spec.scaleTargetRef.name"))
                .containsExactlyInAnyOrder("rental", "mypage", "notification");
        assertSoftly(soft -> {
            for (var scaled : BASE.ofKind("ScaledObject")) {
                var service = Objects.toString(scaled.at("spec.scaleTargetRef.name"));
                soft.assertThat(BASE.find("Deployment", service)).as("the target of %s", scaled).isPresent();
                maps(scaled.at("spec.triggers")).forEach(trigger -> {
                    soft.assertThat(trigger.get("type")).isEqualTo("kafka");
                    var topic = Objects.toString(at(trigger, "metadata.topic"));
                    soft.assertThat(CODE.topics()).as("topic of %s", scaled).contains(topic);
                    soft.assertThat(CODE.consumerGroups(service, topic)).as("the contract's group of %s on %s", service, topic)
                            .contains(Objects.toString(at(trigger, "metadata.consumerGroup")));
                    soft.assertThat(at(trigger, "metadata.bootstrapServers")).isEqualTo(common().get("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
                });
            }
        });
    }

    @Test
    void only_the_gateway_is_reachable_from_the_ingress_and_each_service_only_from_its_callers() {
        assertThat(BASE.ofKind("Ingress")).singleElement().satisfies(ingress -> assertThat(
                maps(ingress.at("spec.rules")).flatMap(r -> maps(at(r, "http.paths"))).map(p -> at(p, "backend.service.name")))
                .containsOnly("gateway"));
        var deny = BASE.find("NetworkPolicy", "rentcar-default-deny").orElseThrow();
        assertThat(deny.at("spec.ingress")).as("the default is no way in").isNull();
        assertSoftly(soft -> {
            for (var service : CODE.services.keySet()) {
                var policy = BASE.find("NetworkPolicy", service);
                soft.assertThat(policy).as("the policy of %s", service).isPresent();
                policy.ifPresent(p -> {
                    var from = maps(p.at("spec.ingress")).flatMap(rule -> maps(rule.get("from"))).toList();
                    if (service.equals("gateway")) {
                        soft.assertThat(from).as("the gateway only from the ingress controller")
                                .allSatisfy(peer -> assertThat(peer).containsOnlyKeys("namespaceSelector"));
                    } else {
                        soft.assertThat(from).as("%s only from pods of this system", service).isNotEmpty()
                                .allSatisfy(peer -> assertThat(peer).containsOnlyKeys("podSelector"));
                        from.forEach(peer -> soft.assertThat(CODE.services)
                                .containsKey(Objects.toString(map(at(peer, "podSelector.matchLabels")).get("app.kubernetes.io/name"))));
                    }
                });
            }
        });
    }

    @Test
    void every_image_port_and_environment_variable_named_exists_in_the_code() {
        var common = common();
        var managementPort = Integer.parseInt(common.get("MANAGEMENT_SERVER_PORT"));
        var servicePorts = BASE.ofKind("Service").stream().collect(Collectors.toMap(Document::name,
                s -> maps(s.at("spec.ports")).map(p -> (Integer) p.get("port")).collect(Collectors.toSet())));
        assertSoftly(soft -> {
            for (var deployment : BASE.ofKind("Deployment")) {
                var service = deployment.name();
                var container = container(deployment);
                soft.assertThat(container.get("image")).as("image of %s: the service's module", deployment).isEqualTo("rentcar/" + service);
                var ports = maps(container.get("ports")).collect(Collectors.toMap(p -> p.get("name"), p -> p.get("containerPort")));
                soft.assertThat(ports).as("ports of %s", deployment)
                        .containsEntry("http", CODE.portOf(service)).containsEntry("management", managementPort);
                var variables = maps(container.get("env")).collect(Collectors.toMap(e -> Objects.toString(e.get("name")), e -> e));
                for (var variable : variables.keySet()) {
                    soft.assertThat(CODE.knows(service, variable)).as("%s reads %s", service, variable).isTrue();
                }
                soft.assertThat(variables).as("%s on the port its Deployment exposes", service).containsKey("SERVER_PORT");
                soft.assertThat(Objects.toString(at(variables.get("SERVER_PORT"), "value"))).isEqualTo(String.valueOf(CODE.portOf(service)));
                for (var variable : variables.values()) {
                    var value = Objects.toString(variable.get("value"), "");
                    if (value.startsWith("http://")) { // another service: its Service and port
                        var uri = URI.create(value);
                        soft.assertThat(servicePorts.getOrDefault(uri.getHost(), Set.of())).as("%s of %s", variable.get("name"), service)
                                .contains(uri.getPort());
                        soft.assertThat(uri.getPort()).as("%s names %s's own port", variable.get("name"), uri.getHost())
                                .isEqualTo(CODE.services.containsKey(uri.getHost()) ? CODE.portOf(uri.getHost()) : -1);
                    }
                }
                soft.assertThat(variables.containsKey("SPRING_DATASOURCE_URL")).as("%s has a database", service).isEqualTo(CODE.usesDatabase(service));
                if (CODE.usesDatabase(service)) {
                    soft.assertThat(at(variables.get("SPRING_DATASOURCE_URL"), "value"))
                            .isEqualTo("jdbc:postgresql://rentcar-db-rw:5432/" + service);
                    soft.assertThat(databases()).as("the databases of the PostgreSQL cluster").contains(service);
                }
            }
            for (var variable : common.keySet()) {
                soft.assertThat(CODE.services.keySet().stream().anyMatch(s -> CODE.knows(s, variable)))
                        .as("a service reads %s (ConfigMap rentcar-common)", variable).isTrue();
            }
        });
    }

    @Test
    void every_topic_of_the_contract_is_a_replicated_kafka_topic_on_a_kraft_cluster() {
        var kafka = BASE.ofKind("Kafka").getFirst();
        assertThat(map(kafka.at("metadata.annotations"))).containsEntry("strimzi.io/kraft", "enabled");
        assertThat(BASE.ofKind("KafkaNodePool")).singleElement().satisfies(pool -> {
            assertThat(pool.at("spec.replicas")).isEqualTo(3);
            assertThat(strings(pool.at("spec.roles"))).containsExactlyInAnyOrder("controller", "broker");
        });
        assertThat(map(kafka.at("spec.kafka.config"))).containsEntry("default.replication.factor", 3)
                .containsEntry("min.insync.replicas", 2);
        var listener = maps(kafka.at("spec.kafka.listeners")).findFirst().orElseThrow();
        assertThat(common().get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(kafka.name() + "-kafka-bootstrap:" + listener.get("port"));

        var topics = BASE.ofKind("KafkaTopic");
        assertThat(topics).extracting(t -> t.at("spec.topicName")).containsExactlyInAnyOrderElementsOf(CODE.topics());
        assertThat(topics).allSatisfy(topic -> {
            assertThat(map(topic.at("metadata.labels"))).containsEntry("strimzi.io/cluster", kafka.name());
            assertThat(topic.at("spec.replicas")).isEqualTo(3);
            assertThat(topic.at("spec.partitions")).isEqualTo(3);
            assertThat(map(topic.at("spec.config"))).containsEntry("min.insync.replicas", 2);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void each_overlay_supplies_every_secret_and_image_the_base_names(String name) {
        var overlay = Manifests.of(K8S.resolve(name));
        var generated = maps(overlay.kustomization.get("secretGenerator")).map(g -> Objects.toString(g.get("name")))
                .collect(Collectors.toSet());
        assertThat(generated).as("Secrets made by the %s overlay", name).containsAll(secretsReferenced());
        var ignored = Files.exists(overlay.directory.resolve(".gitignore"))
                ? Code.read(overlay.directory.resolve(".gitignore")).lines().map(String::trim).toList() : List.<String>of();
        maps(overlay.kustomization.get("secretGenerator")).forEach(generator -> {
            var files = new TreeSet<String>();
            strings(generator.get("envs")).forEach(files::add);
            strings(generator.get("files")).forEach(f -> files.add(f.substring(f.indexOf('=') + 1)));
            for (var file : files) { // written at deploy time from a secret store, never committed
                assertThat(ignored).as("%s (Secret %s) is git-ignored in %s", file, generator.get("name"), name)
                        .contains(file.substring(0, file.indexOf('/') + 1));
            }
        });
        var images = BASE.ofKind("Deployment").stream().map(d -> Objects.toString(container(d).get("image"))).collect(Collectors.toSet());
        assertThat(maps(overlay.kustomization.get("images")).map(i -> Objects.toString(i.get("name"))))
                .containsExactlyInAnyOrderElementsOf(images);
        assertThat(overlay.kustomization.get("namespace")).isEqualTo("rentcar");
    }

    @Test
    void the_ci_workflow_runs_the_tests_then_builds_and_rolls_out_every_deployment() {
        var workflow = map(Manifests.loadAll(CODE.root.resolve(".github/workflows/ci.yml")).getFirst());
        assertThat(Code.read(CODE.root.resolve(".github/workflows/ci.yml"))).contains("run: bash .ci/run", "jib:build",
                "kubectl apply -k deploy/k8s/release", "kubectl -n rentcar rollout status");
        assertThat(Objects.toString(at(workflow, "env.SERVICES")).split(" "))
                .containsExactlyInAnyOrderElementsOf(CODE.services.keySet());
        assertThat(BASE.ofKind("Deployment")).extracting(Document::name).containsExactlyInAnyOrderElementsOf(CODE.services.keySet());
        assertThat(Code.read(CODE.root.resolve("pom.xml"))).contains("<rentcar.image.repository>rentcar</rentcar.image.repository>");
        for (var service : CODE.services.values()) { // rentcar/<artifactId>: the image name the base manifests use
            assertThat(Code.read(service.resolve("pom.xml"))).as("%s builds an image", service).contains("<jib.skip>false</jib.skip>")
                    .contains("<artifactId>" + service.getFileName() + "</artifactId>");
        }
    }

    private static Set<String> secretsReferenced() {
        var names = new TreeSet<String>();
        for (var deployment : BASE.ofKind("Deployment")) {
            maps(container(deployment).get("env")).map(e -> at(e, "valueFrom.secretKeyRef.name"))
                    .filter(Objects::nonNull).forEach(n -> names.add(n.toString()));
        }
        for (var cluster : BASE.ofKind("Cluster")) {
            names.add(Objects.toString(cluster.at("spec.bootstrap.initdb.secret.name")));
            maps(cluster.at("spec.managed.roles")).forEach(role -> names.add(Objects.toString(at(role, "passwordSecret.name"))));
        }
        return names;
    }

    private static Set<String> databases() {
        var names = new TreeSet<String>();
        BASE.ofKind("Cluster").forEach(c -> names.add(Objects.toString(c.at("spec.bootstrap.initdb.database"))));
        BASE.ofKind("Database").forEach(d -> names.add(Objects.toString(d.at("spec.name"))));
        return names;
    }

    private static Map<String, String> common() {
        return map(BASE.find("ConfigMap", "rentcar-common").orElseThrow().at("data")).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Objects.toString(e.getValue())));
    }

    private static Map<String, Object> container(Document deployment) {
        var containers = list(deployment.at("spec.template.spec.containers"));
        assertThat(containers).as("containers of %s", deployment).hasSize(1);
        return map(containers.getFirst());
    }
}
