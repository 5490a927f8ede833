package com.rentcar.reservation.adapter.payment;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * This service's own account at the customer service, whose token (role SERVICE) payment requires. From
 * {@code RENTCAR_SERVICE_ACCOUNT_USERNAME} / {@code RENTCAR_SERVICE_ACCOUNT_PASSWORD}; only the local profile
 * has defaults.
 */
@Validated
@ConfigurationProperties("rentcar.service-account")
public record ServiceAccount(@NotBlank String username, @NotBlank String password) {

    @Override
    public String toString() {
        return "ServiceAccount[username=" + username + "]";
    }
}
