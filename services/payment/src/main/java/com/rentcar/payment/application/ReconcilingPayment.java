package com.rentcar.payment.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.payment.domain.IdempotencyKey;
import com.rentcar.payment.domain.Payment;
import com.rentcar.payment.domain.PaymentNotFound;

/**
 * The reservation service lost the answer to a payment call (it timed out) and asks what became of it, by the
 * idempotency key it sent. No payment means the call never got here (or failed before the provider decided):
 * nothing was charged. A PENDING payment is still waiting for the provider: ask again, or repeat the call with the
 * same key, which returns the outcome without charging twice.
 */
@Service
@Transactional(readOnly = true)
public class ReconcilingPayment {

    private final Payments payments;

    public ReconcilingPayment(Payments payments) {
        this.payments = payments;
    }

    /** @throws PaymentNotFound when no payment has this key */
    public Payment byKey(String idempotencyKey) {
        var key = new IdempotencyKey(idempotencyKey);
        return payments.findByKey(key).orElseThrow(() -> new PaymentNotFound(key));
    }
}
