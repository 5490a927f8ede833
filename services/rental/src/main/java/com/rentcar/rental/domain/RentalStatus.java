package com.rentcar.rental.domain;

/** Where a rental stands: {@link #RENTED} until it is cancelled or the car comes back; both ends are final. */
public enum RentalStatus {

    /** The customer has the car: the reservation was paid for. */
    RENTED,
    /** The payment was cancelled (refunded), so the rental is off. Final. */
    CANCELLED,
    /** The car came back to the company. Final. */
    RETURNED
}
