package com.rentcar.payment.application;

import com.rentcar.payment.domain.Payment;

/**
 * The payment a call to approve ended with.
 *
 * @param decidedNow true when this call asked the provider, false when it found the payment decided by an earlier call
 */
public record Approval(Payment payment, boolean decidedNow) {
}
