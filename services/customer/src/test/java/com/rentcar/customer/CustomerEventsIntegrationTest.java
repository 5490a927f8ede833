package com.rentcar.customer;

import com.rentcar.platform.test.TopicReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rentcar.customer.support.Api;
import com.rentcar.customer.support.CustomerServiceTest;

class CustomerEventsIntegrationTest extends CustomerServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void signing_up_publishes_customer_registered_keyed_by_the_customer_id() {
        var username = uniqueUsername("event");
        var profile = api.signUp(username, "a secret nobody sees");
        var id = profile.get("id").asString();

        try (var reader = new TopicReader(bootstrapServers, "customer-events")) {
            var record = await().atMost(PATIENCE).until(() -> reader.withKey(id), r -> !r.isEmpty()).getFirst();

            var envelope = Api.JSON.readTree(record.value());
            assertThat(envelope.get("specversion").asString()).isEqualTo("1.0");
            assertThat(UUID.fromString(envelope.get("id").asString())).isNotNull();
            assertThat(envelope.get("type").asString()).isEqualTo("CustomerRegistered");
            assertThat(envelope.get("source").asString()).isEqualTo("customer");
            assertThat(Instant.parse(envelope.get("time").asString())).isNotNull();
            assertThat(envelope.get("subject").asString()).isEqualTo(id);
            assertThat(envelope.get("schemaversion").asString()).isEqualTo("1.0");
            assertThat(envelope.get("datacontenttype").asString()).isEqualTo("application/json");

            var data = envelope.get("data");
            assertThat(data.propertyNames()).containsExactlyInAnyOrder(
                    "customerId", "username", "name", "email", "phone", "registeredAt");
            assertThat(data.get("customerId").asString()).isEqualTo(id);
            assertThat(data.get("username").asString()).isEqualTo(username);
            assertThat(data.get("name").asString()).isEqualTo(profile.get("name").asString());
            assertThat(data.get("email").asString()).isEqualTo(profile.get("email").asString());
            assertThat(data.get("phone").asString()).isEqualTo(profile.get("phone").asString());
            assertThat(Instant.parse(data.get("registeredAt").asString()))
                    .isEqualTo(Instant.parse(profile.get("registeredAt").asString()));
            assertThat(record.value()).doesNotContain("a secret nobody sees").doesNotContainIgnoringCase("password")
                    .doesNotContain("$2a$");
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("CustomerRegistered");
        }
    }

    @Test
    void a_refused_sign_up_publishes_nothing() {
        var username = uniqueUsername("refused");
        var first = api.signUp(username, "first password");
        var duplicate = api.post("/api/customers", Api.json(Map.of("username", username, "password", "second password",
                "name", "Duplicate", "email", "dup@example.com", "phone", "010-9999-9999")));
        var invalid = api.post("/api/customers", Api.json(Map.of("username", uniqueUsername("bad"),
                "password", "fine password", "name", "Invalid Phone", "email", "bad@example.com", "phone", "call me")));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(invalid.status()).isEqualTo(400);
        var marker = api.signUp(uniqueUsername("marker"), "marker password").get("id").asString();

        try (var reader = new TopicReader(bootstrapServers, "customer-events")) {
            await().atMost(PATIENCE).until(() -> !reader.withKey(marker).isEmpty());
            assertThat(reader.withKey(first.get("id").asString())).hasSize(1);
            assertThat(reader.records()).noneSatisfy(r -> assertThat(r.value()).contains("Duplicate"))
                    .noneSatisfy(r -> assertThat(r.value()).contains("Invalid Phone"));
        }
    }
}
