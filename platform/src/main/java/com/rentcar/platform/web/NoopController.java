package com.rentcar.platform.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/noop}: does nothing, for a caller with a valid token, and answers 204. It is the cheapest
 * authenticated request a service can serve: {@code ./rentcar bench} calls it through the gateway
 * ({@code /api/noop}) to measure the limit of one hop, against which every real request is compared.
 */
@RestController
public class NoopController {

    public static final String PATH = "/internal/noop";

    @GetMapping(PATH)
    ResponseEntity<Void> noop() {
        return ResponseEntity.noContent().build();
    }
}
