package com.rentcar.customer.adapter.web;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.customer.application.LoggingIn;

@RestController
class LoginController {

    private final LoggingIn loggingIn;

    LoginController(LoggingIn loggingIn) {
        this.loggingIn = loggingIn;
    }

    @PostMapping("/api/auth/login")
    ResponseEntity<TokenResponse> logIn(@Valid @RequestBody LoginRequest request) {
        var token = loggingIn.logIn(request.username(), request.password());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(TokenResponse.of(token));
    }
}
