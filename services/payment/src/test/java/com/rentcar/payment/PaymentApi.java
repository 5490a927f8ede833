package com.rentcar.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.rentcar.platform.test.ServiceApi;
import com.rentcar.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

/** Talks to the running payment service over real HTTP, as the reservation service and admins would. */
public final class PaymentApi extends ServiceApi {

    public PaymentApi(int port) {
        super(port);
    }

    /** Charges as the reservation service would. */
    public HttpResponse<String> charge(Map<String, Object> request) {
        return post("/api/payments", TestTokens.service(), json(request));
    }

    public HttpResponse<String> cancel(String paymentId) {
        return post("/api/payments/" + paymentId + "/cancel", TestTokens.service(), "");
    }

    /** Charges and expects a new payment; returns the 201 body. */
    public JsonNode approved(Map<String, Object> request) {
        var response = charge(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(body(response).path("status").asString()).isEqualTo("APPROVED");
        return body(response);
    }

    /** Switches the simulated provider as an admin. */
    public JsonNode provider(String mode, Long delayMs) {
        var settings = new LinkedHashMap<String, Object>();
        settings.put("mode", mode);
        if (delayMs != null) {
            settings.put("delayMs", delayMs);
        }
        var response = put("/api/payments/provider", TestTokens.admin(), json(settings));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    /** A valid charge request with a key no other test uses. */
    public static Map<String, Object> newCharge(long amount) {
        var request = new LinkedHashMap<String, Object>();
        request.put("idempotencyKey", "reservation-" + UUID.randomUUID());
        request.put("reservationId", UUID.randomUUID().toString());
        request.put("customerId", UUID.randomUUID().toString());
        request.put("carId", UUID.randomUUID().toString());
        request.put("amount", amount);
        return request;
    }
}
