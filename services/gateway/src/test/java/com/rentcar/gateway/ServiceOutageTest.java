package com.rentcar.gateway;

import static com.rentcar.gateway.testsupport.Problems.detail;
import static com.rentcar.gateway.testsupport.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.rentcar.gateway.testsupport.FakeService;
import com.rentcar.gateway.testsupport.TestTokens;

/** Management has nothing listening from the start; customer (and with it the token keys) goes down mid-test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ServiceOutageTest {

    static final TestTokens tokens = new TestTokens();
    static final FakeService customer = FakeService.start("customer", tokens.jwks());
    static final String deadManagement = FakeService.deadUrl();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("rentcar.services.customer", customer::baseUrl);
        registry.add("rentcar.services.management", () -> deadManagement);
        registry.add("rentcar.security.jwks-uri", customer::jwksUrl);
    }

    @AfterAll
    static void stopServices() {
        customer.close();
    }

    @Autowired
    WebTestClient client;

    @Test
    void aServiceWithNothingListeningIsA503ProblemWithRetryAfterNamingTheService() {
        EntityExchangeResult<Map<String, Object>> result = expectProblem(
                client.get().uri("/api/cars").headers(h -> h.setBearerAuth(tokens.admin())).exchange(), 503);
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(detail(result)).isEqualTo("management service is unavailable, try again in 5 seconds");
        assertThat(result.getResponseBody()).containsEntry("service", "management");
    }

    @Test
    void knownKeysOutliveACustomerOutageAndAKeyThatMustBeFetchedThenIsA503NotA401() {
        String token = tokens.customer("c-7");
        client.get().uri("/api/customers/me").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
        int fetchesWhileUp = customer.jwksRequests();
        assertThat(fetchesWhileUp).isPositive();

        customer.close();

        // the token is still checked with the cached keys: the failure is about customer itself, not the token
        EntityExchangeResult<Map<String, Object>> customerDown = expectProblem(
                client.get().uri("/api/customers/me").headers(h -> h.setBearerAuth(token)).exchange(), 503);
        assertThat(detail(customerDown)).isEqualTo("customer service is unavailable, try again in 5 seconds");
        assertThat(customerDown.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");

        // a key id the gateway has never seen has to be fetched, and cannot be
        EntityExchangeResult<Map<String, Object>> keysDown = expectProblem(
                client.get().uri("/api/customers/me").headers(h -> h.setBearerAuth(tokens.signedWithUnknownKey())).exchange(), 503);
        assertThat(detail(keysDown)).contains("token keys").contains("customer service").contains("try again in 5 seconds");
        assertThat(keysDown.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(customer.jwksRequests()).isEqualTo(fetchesWhileUp);
    }
}
