package com.rentcar.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.rentcar.drills.support.Events;
import com.rentcar.drills.support.Http;
import com.rentcar.drills.support.RentCarApi;
import com.rentcar.drills.support.Stores;

/**
 * The running system a drill works on, as {@code ./rentcar up} started it: where the gateway, the broker and
 * the database listen (base port + {@code RENTCAR_PORT_OFFSET}), the admin login, and the runner that stops,
 * starts and kills its components ({@code RENTCAR_HOME} and the offset passed through, so a drill only ever
 * touches the system it was pointed at).
 */
public final class SystemUnderTest {

    static final int GATEWAY_PORT = 8080;
    static final int KAFKA_PORT = 9092;
    static final int POSTGRES_PORT = 15432;
    private static final Duration RUNNER_TIMEOUT = Duration.ofMinutes(5);

    private final Path root;
    private final Path home;
    private final int portOffset;
    private final Http http;
    private final RentCarApi api;

    private SystemUnderTest(Path root, Path home, int portOffset) {
        this.root = root.toAbsolutePath().normalize();
        this.home = home.toAbsolutePath().normalize();
        this.portOffset = portOffset;
        this.http = new Http(gateway());
        this.api = new RentCarApi(http, adminUsername(), adminPassword());
    }

    /**
     * @param root the repository (where {@code ./rentcar} is)
     * @param home the system's {@code RENTCAR_HOME}
     * @param portOffset its {@code RENTCAR_PORT_OFFSET}
     */
    public static SystemUnderTest of(Path root, Path home, int portOffset) {
        return new SystemUnderTest(root, home, portOffset);
    }

    /**
     * The system {@code ./rentcar drill} was started for: {@code -Ddrills.root}, {@code -Ddrills.home} and
     * {@code -Ddrills.port-offset}, else {@code RENTCAR_HOME} / {@code RENTCAR_PORT_OFFSET} and the defaults.
     */
    public static SystemUnderTest fromEnvironment() {
        var root = Path.of(System.getProperty("drills.root", "."));
        var defaultHome = System.getenv().getOrDefault("RENTCAR_HOME", root.resolve(".rentcar").toString());
        var home = Path.of(System.getProperty("drills.home", defaultHome));
        var offset = System.getProperty("drills.port-offset", System.getenv().getOrDefault("RENTCAR_PORT_OFFSET", "0"));
        return new SystemUnderTest(root, home, Integer.parseInt(offset.trim()));
    }

    public String gateway() {
        return "http://localhost:" + (GATEWAY_PORT + portOffset);
    }

    public String kafkaBootstrap() {
        return "localhost:" + (KAFKA_PORT + portOffset);
    }

    /** The JDBC URL of a service's own database (read-only use: counting and comparing records). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + (POSTGRES_PORT + portOffset) + "/" + database;
    }

    public String adminUsername() {
        return "admin";
    }

    public String adminPassword() {
        return "admin";
    }

    /** Where the customer service keeps its token signing key pair ({@code RENTCAR_JWT_KEY_DIR}). */
    public Path keyDirectory() {
        return home.resolve("data").resolve("keys");
    }

    public Http http() {
        return http;
    }

    /** The business API through the gateway, with an admin logged in. */
    public RentCarApi api() {
        return api;
    }

    public Events events() {
        return new Events(kafkaBootstrap());
    }

    public Stores stores() {
        return new Stores(this);
    }

    /** {@code ./rentcar stop NAME...}: a graceful stop (SIGTERM), waiting until they are gone. */
    public void stop(String... components) {
        runner(prepend("stop", components));
    }

    /** {@code ./rentcar start NAME...}: waits until every one is healthy again. */
    public void start(String... components) {
        runner(prepend("start", components));
    }

    /**
     * {@code kill -9} of a component by the pid in {@code $RENTCAR_HOME/run/NAME.pid}: no shutdown hook, no
     * graceful anything, exactly a crash. Waits until the process is gone.
     *
     * @return the pid that was killed
     */
    public long kill(String component) {
        var process = process(component).orElseThrow(() -> new DrillFailed(component + " is not running, nothing to kill"));
        long pid = process.pid();
        process.destroyForcibly(); // SIGKILL on Linux and macOS
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new DrillFailed(component + " (pid " + pid + ") did not die of SIGKILL within 30 s", e);
        }
        return pid;
    }

    /** Whether the component runs, started by the runner from this {@code RENTCAR_HOME}. */
    public boolean running(String component) {
        return process(component).isPresent();
    }

    private java.util.Optional<ProcessHandle> process(String component) {
        var pidFile = home.resolve("run").resolve(component + ".pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return java.util.Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // the same check as the runner's: never signal a process that is not this system's component
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> p.info().arguments()
                    .map(args -> List.of(args).contains("-Drentcar.component=" + component)
                            && List.of(args).contains("-Drentcar.home=" + home))
                    .orElse(false));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Runs a runner verb against this system (never building: the jars that run are the ones restarted) and
     * returns its output.
     *
     * @throws DrillFailed when it exits non-zero, with its output
     */
    public String runner(String... verb) {
        var command = new ArrayList<>(List.of(root.resolve("rentcar").toString()));
        command.addAll(List.of(verb));
        try {
            var log = Files.createTempFile("rentcar-drill", ".out");
            try {
                var builder = new ProcessBuilder(command).directory(root.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().put("RENTCAR_HOME", home.toString());
                builder.environment().put("RENTCAR_PORT_OFFSET", String.valueOf(portOffset));
                builder.environment().put("RENTCAR_SKIP_BUILD", "1");
                // a component restarted while the rest of the system runs a drill's traffic may take longer than a
                // quiet start on a small machine
                builder.environment().putIfAbsent("RENTCAR_START_TIMEOUT", "300");
                var process = builder.start();
                if (!process.waitFor(RUNNER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroy();
                    throw new DrillFailed("./rentcar " + String.join(" ", verb) + " did not finish within "
                            + RUNNER_TIMEOUT.toMinutes() + " min:\n" + Files.readString(log));
                }
                var output = Files.readString(log);
                if (process.exitValue() != 0) {
                    throw new DrillFailed("./rentcar " + String.join(" ", verb) + " exited " + process.exitValue()
                            + ":\n" + output.strip());
                }
                return output;
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new DrillFailed("cannot run ./rentcar " + String.join(" ", verb) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DrillFailed("interrupted while running ./rentcar " + String.join(" ", verb), e);
        }
    }

    private static String[] prepend(String first, String... rest) {
        var all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Override
    public String toString() {
        return gateway() + " (RENTCAR_HOME " + home + ", RENTCAR_PORT_OFFSET " + portOffset + ")";
    }
}
