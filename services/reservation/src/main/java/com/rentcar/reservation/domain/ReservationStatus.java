package com.rentcar.reservation.domain;

/**
 * Where a reservation stands. The two {@code PAYMENT_} states are internal: the customer has not (yet)
 * been told the reservation exists, so they are never shown.
 */
public enum ReservationStatus {

    /** The car is held while the payment is being approved. */
    PAYMENT_PENDING,
    /**
     * The customer was told the payment could not be completed, but the payment's outcome is unknown (the
     * call timed out): the car is free again, and the reconciler refunds the payment if it did go through.
     */
    PAYMENT_ABANDONED,
    /** Paid: the car is the customer's for the period. */
    CONFIRMED,
    /** The customer cancelled; the refund is still to be confirmed by payment, and the car stays held until then. */
    CANCEL_PENDING,
    /** Cancelled and refunded; the car is free. */
    CANCELLED,
    /** The car was returned; the car is free. */
    COMPLETED;

    /** Whether a reservation in this state keeps the car from being reserved by anyone else. */
    public boolean holdsCar() {
        return this == PAYMENT_PENDING || this == CONFIRMED || this == CANCEL_PENDING;
    }

    /** Whether the customer (and admins) see a reservation in this state. */
    public boolean isVisible() {
        return this != PAYMENT_PENDING && this != PAYMENT_ABANDONED;
    }
}
