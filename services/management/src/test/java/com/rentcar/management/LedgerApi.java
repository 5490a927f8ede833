package com.rentcar.management;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.rentcar.platform.test.ServiceApi;
import com.rentcar.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

/** Talks to the running service over real HTTP, as the gateway would. */
public final class LedgerApi extends ServiceApi {

    public LedgerApi(int port) {
        super(port);
    }

    /** Registers a car as an admin and returns the 201 body. */
    public JsonNode register(String plate, String model, long dailyRate) {
        var response = post("/api/cars", TestTokens.admin(), json(Map.of("plateNumber", plate, "model", model,
                "dailyRate", dailyRate)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response);
    }

    /** A plate no other test uses, e.g. {@code "37가 1234567"}. */
    public static String uniquePlate() {
        var random = ThreadLocalRandom.current();
        return random.nextInt(10, 100) + "가 " + random.nextInt(1_000_000, 10_000_000);
    }
}
