package com.rentcar.payment.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

import com.rentcar.payment.domain.PaymentEvent;
import com.rentcar.payment.domain.PaymentEvent.PaymentApproved;
import com.rentcar.payment.domain.PaymentEvent.PaymentCancelled;

/** The payloads of {@code payment-events} as other services read them (schema 1.0). */
final class PaymentEventContract {

    static final String SCHEMA_VERSION = "1.0";

    private PaymentEventContract() {
    }

    record PaymentApprovedV1(UUID paymentId, UUID reservationId, UUID customerId, UUID carId, long amount,
            Instant approvedAt) {
    }

    record PaymentCancelledV1(UUID paymentId, UUID reservationId, UUID customerId, UUID carId, long amount,
            Instant cancelledAt) {
    }

    /** The event type on the wire: the domain event's name. */
    static String type(PaymentEvent event) {
        return switch (event) {
            case PaymentApproved e -> "PaymentApproved";
            case PaymentCancelled e -> "PaymentCancelled";
        };
    }

    static Object payload(PaymentEvent event) {
        return switch (event) {
            case PaymentApproved e -> new PaymentApprovedV1(e.paymentId().value(), e.charge().reservationId().value(),
                    e.charge().customerId().value(), e.charge().carId().value(), e.charge().amount().won(),
                    e.approvedAt());
            case PaymentCancelled e -> new PaymentCancelledV1(e.paymentId().value(),
                    e.charge().reservationId().value(), e.charge().customerId().value(), e.charge().carId().value(),
                    e.charge().amount().won(), e.cancelledAt());
        };
    }
}
