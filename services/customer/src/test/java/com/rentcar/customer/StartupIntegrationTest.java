package com.rentcar.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;

import com.nimbusds.jose.jwk.JWKSet;

import com.rentcar.customer.application.AdminPasswordMissing;
import com.rentcar.customer.support.Api;
import com.rentcar.customer.support.CustomerServiceTest;
import com.rentcar.platform.test.TestPostgres;

/** Start-up as operators see it: keys kept across restarts, the admin created once, a clear refusal without a password. */
class StartupIntegrationTest extends CustomerServiceTest {

    @Autowired
    Environment environment;

    @Test
    void the_signing_key_is_generated_once_and_kept_private() throws Exception {
        var privateKey = KEY_DIR.resolve("access-token-private.pem");

        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
        assertThat(Files.readString(KEY_DIR.resolve("access-token-public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void a_restarted_instance_reuses_the_key_and_the_admin_and_accepts_earlier_tokens() throws Exception {
        var username = uniqueUsername("restart");
        api.signUp(username, "my secret password");
        var token = api.logIn(username, "my secret password");
        var kid = kid(api);

        try (var second = new SpringApplicationBuilder(CustomerApplication.class)
                .profiles("local")
                .run("--server.port=0",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                        "--rentcar.jwt.key-dir=" + KEY_DIR)) {
            var secondApi = new Api(((WebServerApplicationContext) second).getWebServer().getPort());

            assertThat(kid(secondApi)).isEqualTo(kid);
            assertThat(secondApi.get("/api/customers/me", token).status()).isEqualTo(200);
            assertThat(accountsNamed("admin")).isEqualTo(1);
        }
    }

    @Test
    void outside_the_local_profile_a_start_without_an_admin_password_fails_with_a_clear_message() {
        var database = TestPostgres.newDatabase();

        assertThatThrownBy(() -> new SpringApplicationBuilder(CustomerApplication.class).run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database,
                        "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                        "--rentcar.jwt.key-dir=" + KEY_DIR))
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .isInstanceOf(AdminPasswordMissing.class)
                        .hasMessageContaining("RENTCAR_ADMIN_INITIAL_PASSWORD"));
    }

    private static String kid(Api api) throws Exception {
        return JWKSet.parse(api.get("/.well-known/jwks.json").body()).getKeys().getFirst().getKeyID();
    }
}
