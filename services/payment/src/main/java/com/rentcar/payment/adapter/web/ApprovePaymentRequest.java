package com.rentcar.payment.adapter.web;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.rentcar.payment.application.ApprovePayment;
import com.rentcar.payment.domain.Amount;
import com.rentcar.payment.domain.IdempotencyKey;

/** {@code POST /api/payments}: amount is a whole number of KRW (1000.5 and "1000" are refused while reading). */
record ApprovePaymentRequest(
        @NotBlank
        @Size(max = IdempotencyKey.MAX_LENGTH, message = "must be at most {max} characters")
        @Pattern(regexp = IdempotencyKey.ALLOWED, message = "may contain only letters, digits and . _ : ~ -")
        String idempotencyKey,
        @NotNull UUID reservationId,
        @NotNull UUID customerId,
        @NotNull UUID carId,
        @NotNull
        @Min(value = Amount.MIN_WON, message = "must be at least {value} KRW")
        @Max(value = Amount.MAX_WON, message = "must be at most {value} KRW")
        Long amount) {

    ApprovePayment toCommand() {
        return new ApprovePayment(idempotencyKey, reservationId, customerId, carId, amount);
    }
}
