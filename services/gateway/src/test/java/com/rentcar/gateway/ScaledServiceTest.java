package com.rentcar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.rentcar.gateway.testsupport.FakeService;
import com.rentcar.gateway.testsupport.TestTokens;

/** {@code ./rentcar scale management 2}: the runner lists both instances, and the gateway routes to each in turn. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ScaledServiceTest {

    static final TestTokens tokens = new TestTokens();
    static final FakeService customer = FakeService.start("customer", tokens.jwks());
    static final FakeService management = FakeService.start("management", null);
    static final FakeService management2 = FakeService.start("management-2", null);
    static final Path instanceLists = temporaryDirectory();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("rentcar.services.customer", customer::baseUrl);
        registry.add("rentcar.services.management", management::baseUrl);
        registry.add("rentcar.security.jwks-uri", customer::jwksUrl);
        registry.add("rentcar.instances-dir", instanceLists::toString);
    }

    @AfterAll
    static void stopServices() {
        customer.close();
        management.close();
        management2.close();
    }

    @Autowired
    WebTestClient client;

    @AfterEach
    void backToOneInstance() throws IOException {
        Files.deleteIfExists(instanceLists.resolve("management"));
    }

    @Test
    void requestsGoToEveryListedInstanceInTurn() throws IOException {
        Files.writeString(instanceLists.resolve("management"), management.baseUrl() + "\n" + management2.baseUrl() + "\n");

        assertThat(servicesAnswering(4)).containsExactlyInAnyOrder("management", "management-2");
    }

    @Test
    void withoutAListTheOneInstanceIsTheConfiguredOne() {
        assertThat(servicesAnswering(2)).containsExactly("management");
    }

    private Set<String> servicesAnswering(int requests) {
        var services = new HashSet<String>();
        for (int i = 0; i < requests; i++) {
            Map<String, Object> echo = client.get().uri("/api/cars").headers(h -> h.setBearerAuth(tokens.admin()))
                    .exchange().expectStatus().isOk()
                    .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                    }).returnResult().getResponseBody();
            services.add((String) echo.get("service"));
        }
        return services;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("gateway-instances");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
