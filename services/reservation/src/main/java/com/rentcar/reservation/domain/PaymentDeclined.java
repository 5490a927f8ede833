package com.rentcar.reservation.domain;

/** The payment for a reservation was declined; nothing is held or charged. */
public class PaymentDeclined extends RuntimeException {

    public PaymentDeclined(ReservationId id, String reason) {
        super("The payment for the reservation was declined" + (reason == null || reason.isBlank() ? "" : ": " + reason)
                + "; nothing was charged and the car was not reserved");
    }
}
