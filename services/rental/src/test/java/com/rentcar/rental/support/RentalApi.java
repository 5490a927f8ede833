package com.rentcar.rental.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.rentcar.platform.test.ServiceApi;

import tools.jackson.databind.JsonNode;

/** Talks to the running service over real HTTP, as the gateway would. */
public final class RentalApi extends ServiceApi {

    public RentalApi(int port) {
        super(port);
    }

    /** A POST without a body, as the rental commands are. */
    public HttpResponse<String> post(String path, String token) {
        return post(path, token, "");
    }

    public static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return body(response);
    }
}
