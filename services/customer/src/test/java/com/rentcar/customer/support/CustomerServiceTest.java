package com.rentcar.customer.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.rentcar.platform.test.ServiceIntegrationTest;

/**
 * The customer service started for real under the {@code local} profile (so admin/admin exists),
 * with a key directory of its own; every test class extending this shares one running instance.
 */
@ServiceIntegrationTest
@ActiveProfiles("local")
public abstract class CustomerServiceTest {

    /** Where the service generates its signing key on first start. */
    protected static final Path KEY_DIR = temporaryDirectory();

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;

    @DynamicPropertySource
    static void keyDirectory(DynamicPropertyRegistry registry) {
        registry.add("rentcar.jwt.key-dir", KEY_DIR::toString);
        registry.add("rentcar.outbox.poll-interval", () -> "500ms");
    }

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    protected int accounts() {
        return jdbc.sql("select count(*) from customer").query(Integer.class).single();
    }

    protected int accountsNamed(String username) {
        return jdbc.sql("select count(*) from customer where username = ?").param(username).query(Integer.class).single();
    }

    protected int stagedEvents() {
        return jdbc.sql("select count(*) from outbox_event").query(Integer.class).single();
    }

    /** A username no other test uses. */
    protected static String uniqueUsername(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static Path temporaryDirectory() {
        try {
            var directory = Files.createTempDirectory("customer-keys-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(directory.toFile())));
            return directory.resolve("keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
