package com.rentcar.customer.adapter.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.customer.adapter.token.SigningKey;

/** Publishes the public key that signs access tokens, for the gateway and every service to verify with. */
@RestController
class JwksController {

    private final SigningKey key;

    JwksController(SigningKey key) {
        this.key = key;
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(key.publicJwkSet());
    }
}
