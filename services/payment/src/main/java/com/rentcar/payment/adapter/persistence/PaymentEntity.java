package com.rentcar.payment.adapter.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.rentcar.payment.domain.Amount;
import com.rentcar.payment.domain.CarId;
import com.rentcar.payment.domain.CustomerId;
import com.rentcar.payment.domain.IdempotencyKey;
import com.rentcar.payment.domain.Payment;
import com.rentcar.payment.domain.PaymentId;
import com.rentcar.payment.domain.PaymentStatus;
import com.rentcar.payment.domain.ProviderReference;
import com.rentcar.payment.domain.ReservationCharge;
import com.rentcar.payment.domain.ReservationId;

/** One row of table {@code payment}. The version is the aggregate's own, written as the domain counts it. */
@Entity
@Table(name = "payment")
class PaymentEntity {

    @Id
    private UUID id;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = IdempotencyKey.MAX_LENGTH)
    private String idempotencyKey;

    @Column(name = "reservation_id", nullable = false, updatable = false)
    private UUID reservationId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "car_id", nullable = false, updatable = false)
    private UUID carId;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentStatus status;

    @Column(name = "provider_reference", length = ProviderReference.MAX_LENGTH)
    private String providerReference;

    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PaymentEntity() {
    }

    Payment toDomain() {
        var charge = new ReservationCharge(new ReservationId(reservationId), new CustomerId(customerId), new CarId(carId),
                new Amount(amount));
        return Payment.restore(new PaymentId(id), new IdempotencyKey(idempotencyKey), charge, status,
                providerReference == null ? null : new ProviderReference(providerReference), version, createdAt,
                updatedAt);
    }

    /** Copies what can change after the payment was requested. */
    void changeTo(Payment payment) {
        status = payment.status();
        providerReference = payment.providerReference().map(ProviderReference::value).orElse(null);
        version = payment.version();
        updatedAt = payment.updatedAt();
    }
}
