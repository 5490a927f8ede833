package com.rentcar.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

/**
 * A real, durable PostgreSQL for the local system (zonky's embedded binaries, data kept between runs).
 *
 * <pre>
 *   --port       RENTCAR_PG_PORT       default 15432
 *   --data-dir   RENTCAR_PG_DATA_DIR   required (kept: never cleaned)
 *   --work-dir   RENTCAR_PG_WORK_DIR   where the binaries are unpacked; default &lt;data-dir&gt;/../postgres-bin
 *   --databases  RENTCAR_PG_DATABASES  comma list, each created if missing
 * </pre>
 *
 * Prints {@code PostgreSQL ready on 127.0.0.1:<port>} when it accepts connections and the databases
 * exist, then runs until the process is stopped (SIGTERM stops PostgreSQL cleanly).
 */
public final class PostgresServer {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);
    /** The runner sends SIGTERM and kills the launcher after 30 s. */
    private static final Duration POSTMASTER_STOP_TIMEOUT = Duration.ofSeconds(25);

    private PostgresServer() {
    }

    public static void main(String[] argv) throws Exception {
        Args.useConsoleLogging();
        int port;
        Path dataDir;
        Path workDir;
        List<String> databases;
        try {
            Args args = new Args(argv);
            port = args.getInt("port", "RENTCAR_PG_PORT", 15432);
            dataDir = Path.of(args.get("data-dir", "RENTCAR_PG_DATA_DIR", null)).toAbsolutePath().normalize();
            workDir = Path.of(args.get("work-dir", "RENTCAR_PG_WORK_DIR",
                    dataDir.resolveSibling("postgres-bin").toString())).toAbsolutePath().normalize();
            databases = parseDatabases(args.get("databases", "RENTCAR_PG_DATABASES", ""));
        } catch (IllegalArgumentException e) {
            System.err.println("PostgresServer: " + e.getMessage());
            System.exit(2);
            return;
        }

        Files.createDirectories(dataDir);
        Files.createDirectories(workDir);
        stopOrphan(dataDir);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(workDir.toFile())
                .setServerConfig("listen_addresses", "127.0.0.1")
                // zonky's defaults favour speed (fsync off, synchronous_commit off): this is the real system
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                // PostgreSQL writes straight to our stdout (the log file), so its output survives this JVM
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .setRegisterShutdownHook(false)
                .start();
        Optional<ProcessHandle> postmaster = readPid(dataDir.resolve("postmaster.pid")).flatMap(ProcessHandle::of);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres, postmaster), "postgres-shutdown"));

        createMissingDatabases(postgres, databases);
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port
                + (databases.isEmpty() ? "" : " (databases: " + String.join(", ", databases) + ")"));
        System.out.flush();

        new CountDownLatch(1).await();
    }

    /**
     * Fast shutdown (zonky runs {@code pg_ctl stop -m fast} but gives up after 5 s); then wait for the
     * postmaster itself, so that a stopped launcher means a stopped database.
     */
    private static void stop(EmbeddedPostgres postgres, Optional<ProcessHandle> postmaster) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgresServer: could not stop PostgreSQL cleanly: " + e.getMessage());
        }
        postmaster.ifPresent(process -> {
            try {
                if (!waitGone(process, POSTMASTER_STOP_TIMEOUT)) {
                    System.out.println("PostgresServer: PostgreSQL (pid " + process.pid() + ") still running after "
                            + POSTMASTER_STOP_TIMEOUT.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.println("PostgresServer: stopped");
        System.out.flush();
    }

    private static List<String> parseDatabases(String list) {
        List<String> databases = new ArrayList<>();
        for (String raw : list.split(",")) {
            String name = raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (!DATABASE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain database name: " + name);
            }
            if (!databases.contains(name)) {
                databases.add(name);
            }
        }
        return databases;
    }

    private static void createMissingDatabases(EmbeddedPostgres postgres, List<String> databases) throws SQLException {
        if (databases.isEmpty()) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement ddl = connection.createStatement()) {
            for (String database : databases) {
                exists.setString(1, database);
                boolean present;
                try (ResultSet rs = exists.executeQuery()) {
                    present = rs.next();
                }
                if (!present) {
                    ddl.execute("CREATE DATABASE \"" + database + "\"");
                    System.out.println("PostgresServer: created database " + database);
                }
            }
        }
    }

    /**
     * A launcher killed with SIGKILL leaves PostgreSQL running on the data directory. Zonky would then fail
     * to start a second postmaster yet report ready (it connects to the orphan). So: stop the orphan first
     * (fast shutdown, SIGINT; SIGKILL if it does not go), then remove the stale pid file.
     */
    private static void stopOrphan(Path dataDir) throws IOException, InterruptedException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(PostgresServer::looksLikePostgres);
        if (orphan.isPresent()) {
            ProcessHandle process = orphan.get();
            System.out.println("PostgresServer: PostgreSQL from an earlier run is still running on "
                    + dataDir + " (pid " + process.pid() + "); stopping it");
            signal(process.pid(), "INT"); // fast shutdown: SIGTERM (smart) would wait for every client
            if (!waitGone(process, ORPHAN_STOP_TIMEOUT)) {
                System.out.println("PostgresServer: pid " + process.pid() + " did not stop within "
                        + ORPHAN_STOP_TIMEOUT.toSeconds() + " s; killing it");
                process.destroyForcibly();
                waitGone(process, Duration.ofSeconds(10));
                Thread.sleep(500); // let its backends notice the postmaster is gone
            }
        }
        if (Files.deleteIfExists(pidFile)) {
            System.out.println("PostgresServer: removed stale " + pidFile);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean looksLikePostgres(ProcessHandle process) {
        // if the command is not visible, assume it is ours rather than leave the data dir locked
        return process.info().command().map(cmd -> new File(cmd).getName().startsWith("postgres")).orElse(true);
    }

    private static void signal(long pid, String signal) throws InterruptedException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }

    private static boolean waitGone(ProcessHandle process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return !process.isAlive();
    }
}
