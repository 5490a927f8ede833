package com.rentcar.payment.adapter.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.payment.application.SwitchingProviderMode;

/**
 * The drill and benchmark switch (admins): make the simulated provider approve ({@code NORMAL}), decline every
 * charge ({@code DECLINING}), fail every call ({@code FAILING}: payment answers 503 with Retry-After, so the
 * reservation service's circuit breaker opens) or answer after {@code delayMs} ({@code SLOW}: calls time out at
 * the caller and must be reconciled). For example:
 * {@code curl -X PUT -H 'Authorization: Bearer <admin>' -H 'Content-Type: application/json'
 * -d '{"mode":"SLOW","delayMs":5000}' http://localhost:8084/api/payments/provider}.
 */
@RestController
@RequestMapping(ProviderController.PROVIDER)
class ProviderController {

    static final String PROVIDER = PaymentController.PAYMENTS + "/provider";

    private final SwitchingProviderMode switching;

    ProviderController(SwitchingProviderMode switching) {
        this.switching = switching;
    }

    @GetMapping
    ProviderSettingsResponse settings() {
        return ProviderSettingsResponse.of(switching.current());
    }

    @PutMapping
    ProviderSettingsResponse switchTo(@Valid @RequestBody ProviderSettingsRequest request) {
        var delay = Optional.ofNullable(request.delayMs()).map(Duration::ofMillis);
        return ProviderSettingsResponse.of(switching.switchTo(request.mode(), delay));
    }
}
