package com.rentcar.payment.domain;

import java.time.Instant;

/** What happened to a payment, raised by the {@link Payment} aggregate with the change it announces. */
public sealed interface PaymentEvent {

    PaymentId paymentId();

    /** The provider took the money. */
    record PaymentApproved(PaymentId paymentId, ReservationCharge charge, Instant approvedAt) implements PaymentEvent {
    }

    /** The provider gave the money back. */
    record PaymentCancelled(PaymentId paymentId, ReservationCharge charge, Instant cancelledAt) implements PaymentEvent {
    }
}
