package com.rentcar.payment.adapter.web;

import java.time.Instant;
import java.util.UUID;

import com.rentcar.payment.domain.Payment;

/**
 * A payment as callers see it. {@code status} is APPROVED, DECLINED or CANCELLED once the provider has answered;
 * PENDING (approval) or CANCELLING (refund) while it is being asked.
 */
record PaymentResponse(UUID paymentId, String idempotencyKey, UUID reservationId, UUID customerId, UUID carId,
        long amount, String status, Instant createdAt, Instant updatedAt) {

    static PaymentResponse of(Payment payment) {
        var charge = payment.charge();
        return new PaymentResponse(payment.id().value(), payment.idempotencyKey().value(),
                charge.reservationId().value(), charge.customerId().value(), charge.carId().value(),
                charge.amount().won(), payment.status().name(), payment.createdAt(), payment.updatedAt());
    }
}
