package com.rentcar.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.Uuid;

/**
 * The real Apache Kafka server as a single-node KRaft broker + controller, for the local system.
 *
 * <pre>
 *   --port             RENTCAR_KAFKA_PORT             default 9092 (PLAINTEXT, clients)
 *   --controller-port  RENTCAR_KAFKA_CONTROLLER_PORT  default port + 1 (CONTROLLER)
 *   --data-dir         RENTCAR_KAFKA_DATA_DIR         required: server.properties, cluster.id and the logs live here
 * </pre>
 *
 * Writes {@code <data-dir>/server.properties}, formats the storage once (the cluster id is kept in
 * {@code <data-dir>/cluster.id}), then runs {@code kafka.Kafka} in this JVM. Ready when the log says
 * {@code Kafka Server started}.
 */
public final class KafkaBroker {

    private KafkaBroker() {
    }

    public static void main(String[] argv) throws Exception {
        Args.useConsoleLogging();
        int port;
        int controllerPort;
        Path dataDir;
        try {
            Args args = new Args(argv);
            port = args.getInt("port", "RENTCAR_KAFKA_PORT", 9092);
            controllerPort = args.getInt("controller-port", "RENTCAR_KAFKA_CONTROLLER_PORT", port + 1);
            dataDir = Path.of(args.get("data-dir", "RENTCAR_KAFKA_DATA_DIR", null)).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            System.err.println("KafkaBroker: " + e.getMessage());
            System.exit(2);
            return;
        }

        Path logDir = dataDir.resolve("logs");
        Files.createDirectories(logDir);
        Path serverProperties = dataDir.resolve("server.properties");
        writeServerProperties(serverProperties, port, controllerPort, logDir);

        String clusterId = clusterId(dataDir, logDir);
        format(serverProperties, clusterId);

        System.out.println("KafkaBroker: starting cluster " + clusterId + " on localhost:" + port
                + " (controller localhost:" + controllerPort + ")");
        System.out.flush();
        kafka.Kafka.main(new String[] {serverProperties.toString()});
    }

    static Map<String, String> serverConfig(int port, int controllerPort, Path logDir) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        config.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        config.put("log.dirs", logDir.toString());
        config.put("num.partitions", "3");
        config.put("auto.create.topics.enable", "true");
        config.put("default.replication.factor", "1");
        config.put("min.insync.replicas", "1");
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        // The log cleaner of the compacted topics (consumer offsets, My Page's changelogs) allocates its whole dedupe
        // buffer on the heap at start: 128 MiB by default, a quarter of the broker's resident memory here. 16 MiB
        // holds over 600,000 keys; these topics hold a few thousand.
        config.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        // Kafka's defaults (3 network and 8 request threads) are for a broker with cores of its own; here it shares two
        // with ten processes, and each request crosses from a network thread to a request thread and back
        config.put("num.network.threads", "1");
        config.put("num.io.threads", "2");
        return config;
    }

    private static void writeServerProperties(Path file, int port, int controllerPort, Path logDir) throws IOException {
        StringBuilder text = new StringBuilder()
                .append("# written by com.rentcar.infra.KafkaBroker on every start; edit the launcher, not this file\n");
        serverConfig(port, controllerPort, logDir).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }

    /** The cluster id of already formatted storage wins; else the one kept from an earlier run; else a new one. */
    private static String clusterId(Path dataDir, Path logDir) throws IOException {
        Path meta = logDir.resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            String id = properties.getProperty("cluster.id");
            if (id != null && !id.isBlank()) {
                return id.trim();
            }
        }
        Path kept = dataDir.resolve("cluster.id");
        if (Files.exists(kept)) {
            String id = Files.readString(kept, StandardCharsets.UTF_8).trim();
            if (!id.isEmpty()) {
                return id;
            }
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(kept, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    /** Same as {@code kafka-storage.sh format --ignore-formatted}, without StorageTool.main's System.exit. */
    private static void format(Path serverProperties, String clusterId) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            status = kafka.tools.StorageTool.execute(new String[] {
                    "format", "-t", clusterId, "-c", serverProperties.toString(), "--ignore-formatted"}, out);
        } catch (RuntimeException e) {
            System.out.print(captured.toString(StandardCharsets.UTF_8));
            throw new IllegalStateException("formatting the Kafka storage failed: " + e.getMessage(), e);
        }
        System.out.print(captured.toString(StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed (status " + status + ")");
        }
    }
}
