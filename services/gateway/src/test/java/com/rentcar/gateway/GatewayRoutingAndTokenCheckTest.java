package com.rentcar.gateway;

import static com.rentcar.gateway.testsupport.Problems.detail;
import static com.rentcar.gateway.testsupport.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.rentcar.gateway.testsupport.FakeService;
import com.rentcar.gateway.testsupport.TestTokens;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class GatewayRoutingAndTokenCheckTest {

    static final TestTokens tokens = new TestTokens();
    static final FakeService customer = FakeService.start("customer", tokens.jwks());
    static final FakeService management = FakeService.start("management", null);
    static final FakeService reservation = FakeService.start("reservation", null);

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("rentcar.services.customer", customer::baseUrl);
        registry.add("rentcar.services.management", management::baseUrl);
        registry.add("rentcar.services.reservation", reservation::baseUrl);
        registry.add("rentcar.security.jwks-uri", customer::jwksUrl);
        // keeps the timeout test short; the production value is 10s
        registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "2s");
    }

    @AfterAll
    static void stopServices() {
        customer.close();
        management.close();
        reservation.close();
    }

    @Autowired
    WebTestClient client;

    @Test
    void routesCustomerPathsToCustomerWithTheTokenUnchanged() {
        String token = tokens.customer("c-42");
        Map<String, Object> echo = getWithToken("/api/customers/me", token);
        assertThat(echo).containsEntry("service", "customer")
                .containsEntry("path", "/api/customers/me")
                .containsEntry("authorization", "Bearer " + token);
    }

    @Test
    void routesCarPathsToManagementWithTheTokenUnchanged() {
        String token = tokens.admin();
        assertThat(getWithToken("/api/cars", token)).containsEntry("service", "management")
                .containsEntry("path", "/api/cars")
                .containsEntry("authorization", "Bearer " + token);
        assertThat(getWithToken("/api/cars/7", token)).containsEntry("service", "management")
                .containsEntry("path", "/api/cars/7");
    }

    @Test
    void routesTheNoopPathToTheReservationServicesInternalNoopWithTheToken() {
        String token = tokens.customer("c-42");
        assertThat(getWithToken("/api/noop", token)).containsEntry("service", "reservation")
                .containsEntry("path", "/internal/noop")
                .containsEntry("authorization", "Bearer " + token);
        expectProblem(client.get().uri("/api/noop").exchange(), 401);
    }

    @Test
    void signUpAndLoginReachCustomerWithoutAToken() {
        for (String path : new String[] {"/api/customers", "/api/auth/login"}) {
            Map<String, Object> echo = client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                    })
                    .returnResult().getResponseBody();
            assertThat(echo).containsEntry("service", "customer").containsEntry("method", "POST")
                    .containsEntry("path", path).containsEntry("authorization", null);
        }
    }

    @Test
    void missingTokenIsA401ProblemWithABareBearerChallenge() {
        EntityExchangeResult<Map<String, Object>> result = expectProblem(client.get().uri("/api/cars").exchange(), 401);
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer").doesNotContain("error=");
        assertThat(detail(result)).contains("access token");
        // only POST is public on /api/customers: listing customers is not
        expectProblem(client.get().uri("/api/customers").exchange(), 401);
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", tokens.expired(), "expired"),
                Arguments.of("payload tampered", tokens.tamperedToAdmin(), "signature"),
                Arguments.of("never expires", tokens.withoutExpiry(), "exp"),
                Arguments.of("unknown signing key", tokens.signedWithUnknownKey(), "no matching key"),
                Arguments.of("impostor key with the published key id", tokens.signedWithImpostorKey(), "signature"),
                Arguments.of("wrong issuer", tokens.issuedBy("someone-else"), "iss"),
                Arguments.of("alg none", tokens.unsigned(), "algorithm of none"),
                Arguments.of("HS256", tokens.hmacSigned(), "algorithm of HS256"),
                Arguments.of("not a JWT", "not-a-token", "decode"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void badTokenIsA401ProblemWithAnInvalidTokenChallenge(String why, String token, String detailMentions) {
        EntityExchangeResult<Map<String, Object>> result = expectProblem(
                client.get().uri("/api/customers/me").headers(h -> h.setBearerAuth(token)).exchange(), 401);
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .startsWith("Bearer").contains("error=\"invalid_token\"");
        assertThat(detail(result)).containsIgnoringCase(detailMentions);
    }

    @Test
    void unknownApiPathIsA404Problem() {
        EntityExchangeResult<Map<String, Object>> result = expectProblem(
                client.get().uri("/api/nothing-here").headers(h -> h.setBearerAuth(tokens.customer("c-1"))).exchange(), 404);
        assertThat(detail(result)).contains("/api/nothing-here");
        assertThat(result.getResponseBody()).containsEntry("instance", "/api/nothing-here");
        // without a token the gateway does not reveal whether an /api path exists
        expectProblem(client.get().uri("/api/nothing-here").exchange(), 401);
    }

    @Test
    void unknownPathOutsideTheApiIsA404ProblemEvenWithoutAToken() {
        EntityExchangeResult<Map<String, Object>> result = expectProblem(client.get().uri("/nope").exchange(), 404);
        assertThat(detail(result)).contains("/nope");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsA504ProblemWithRetryAfter() {
        EntityExchangeResult<Map<String, Object>> result = expectProblem(
                client.get().uri("/api/cars/slow").headers(h -> h.setBearerAuth(tokens.admin())).exchange(), 504);
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(detail(result)).isEqualTo("management service did not answer in time, try again in 5 seconds");
    }

    @Test
    void healthAndProbesAreUpWithoutAToken() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void metricsAndEveryOtherActuatorEndpointNeedAnAdminsToken() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator", "/actuator/env"}) {
            expectProblem(client.get().uri(path).exchange(), 401);
            expectProblem(client.get().uri(path).headers(h -> h.setBearerAuth(tokens.customer("c-1"))).exchange(), 403);
        }
        String metrics = client.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(tokens.admin())).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("http_server_requests_seconds");
        client.get().uri("/actuator/info").headers(h -> h.setBearerAuth(tokens.admin())).exchange().expectStatus().isOk();
        // an admin learns no more than that an endpoint that is not exposed does not exist
        expectProblem(client.get().uri("/actuator/env").headers(h -> h.setBearerAuth(tokens.admin())).exchange(), 404);
    }

    @Test
    void servesTheWebUiWithoutAToken() {
        for (String path : new String[] {"/", "/index.html"}) {
            String page = client.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).contains("<script type=\"module\" src=\"/assets/app.js\"></script>");
        }
        for (String path : new String[] {"/assets/app.js", "/assets/views/customer.js"}) {
            client.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/javascript"));
        }
    }

    private Map<String, Object> getWithToken(String path, String token) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                })
                .returnResult().getResponseBody();
    }
}
