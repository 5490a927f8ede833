package com.rentcar.gateway.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Checks the parts every gateway error shares: status, problem+json, a non-empty detail. */
public final class Problems {

    private Problems() {
    }

    public static EntityExchangeResult<Map<String, Object>> expectProblem(WebTestClient.ResponseSpec response, int status) {
        EntityExchangeResult<Map<String, Object>> result = response
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                })
                .returnResult();
        Map<String, Object> body = result.getResponseBody();
        assertThat(body).isNotNull().containsEntry("status", status).containsKey("title");
        assertThat((String) body.get("detail")).isNotBlank();
        return result;
    }

    public static String detail(EntityExchangeResult<Map<String, Object>> result) {
        return (String) result.getResponseBody().get("detail");
    }
}
