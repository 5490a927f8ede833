package com.rentcar.payment.domain;

/**
 * Where a payment stands. {@link #APPROVED}, {@link #DECLINED} and {@link #CANCELLED} are the outcomes the
 * product names; {@link #PENDING} and {@link #CANCELLING} last only while the provider is being asked.
 */
public enum PaymentStatus {

    /** The provider is being asked to approve the charge; no outcome yet. */
    PENDING,
    /** The provider took the money. */
    APPROVED,
    /** The provider refused the charge; no money was taken, nothing to give back. */
    DECLINED,
    /** The provider is being asked to give the money back; until it confirms, the money is still taken. */
    CANCELLING,
    /** The money was given back. Final. */
    CANCELLED
}
