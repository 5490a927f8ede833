package com.rentcar.customer.adapter.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import com.rentcar.customer.adapter.startup.AdminProperties;

/** The variables operators and the runner set reach the settings they are documented for. */
class EnvironmentVariablesTest {

    @Test
    void the_documented_environment_variables_configure_keys_lifetime_and_admin_password() {
        var binder = binderFor(Map.of(
                "RENTCAR_JWT_PRIVATE_KEY", "private pem",
                "RENTCAR_JWT_PUBLIC_KEY", "public pem",
                "RENTCAR_JWT_KEY_DIR", "/var/lib/rentcar/keys",
                "RENTCAR_JWT_LIFETIME", "10m",
                "RENTCAR_ADMIN_INITIAL_PASSWORD", "from-the-vault"));

        var jwt = binder.bind("rentcar.jwt", JwtProperties.class).get();
        var admin = binder.bind("rentcar.admin", AdminProperties.class).get();

        assertThat(jwt.privateKey()).isEqualTo("private pem");
        assertThat(jwt.publicKey()).isEqualTo("public pem");
        assertThat(jwt.keyDir()).isEqualTo("/var/lib/rentcar/keys");
        assertThat(jwt.lifetime()).isEqualTo(Duration.ofMinutes(10));
        assertThat(admin.initialPassword()).isEqualTo("from-the-vault");
    }

    private static Binder binderFor(Map<String, Object> variables) {
        var sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource("environment", variables));
        return new Binder(ConfigurationPropertySources.from(sources));
    }
}
