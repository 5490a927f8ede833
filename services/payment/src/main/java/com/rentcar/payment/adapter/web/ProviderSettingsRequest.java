package com.rentcar.payment.adapter.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.rentcar.payment.application.ProviderMode;

/**
 * {@code PUT /api/payments/provider}: {@code mode} NORMAL, DECLINING, FAILING or SLOW; {@code delayMs} (optional,
 * kept as it was when absent) is how long SLOW answers take.
 */
record ProviderSettingsRequest(
        @NotNull ProviderMode mode,
        @Min(value = 0, message = "must be at least {value} ms")
        @Max(value = 60_000, message = "must be at most {value} ms")
        Long delayMs) {
}
