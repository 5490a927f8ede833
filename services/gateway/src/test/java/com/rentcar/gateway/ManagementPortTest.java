package com.rentcar.gateway;

import static com.rentcar.gateway.testsupport.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.rentcar.gateway.testsupport.FakeService;
import com.rentcar.gateway.testsupport.TestTokens;

/**
 * On Kubernetes Actuator has its own port (MANAGEMENT_SERVER_PORT=9090), which the Ingress never routes to and only
 * the monitoring namespace reaches: Prometheus scrapes it without a token, while the public port gives nothing away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ManagementPortTest {

    static final TestTokens tokens = new TestTokens();
    static final FakeService customer = FakeService.start("customer", tokens.jwks());

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("rentcar.services.customer", customer::baseUrl);
        registry.add("rentcar.security.jwks-uri", customer::jwksUrl);
    }

    @AfterAll
    static void stopServices() {
        customer.close();
    }

    @LocalServerPort
    int publicPort;

    @LocalManagementPort
    int managementPort;

    @Test
    void metricsAndProbesAreOpenOnTheManagementPort() {
        var management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
        String metrics = management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("jvm_memory_used_bytes");
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void thePublicPortServesNoActuatorEndpointWithoutAnAdminsToken() {
        var gateway = WebTestClient.bindToServer().baseUrl("http://localhost:" + publicPort).build();
        expectProblem(gateway.get().uri("/actuator/prometheus").exchange(), 401);
        expectProblem(gateway.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(tokens.admin())).exchange(), 404);
    }
}
