package com.rentcar.reservation.domain;

/** A reservation cannot be made as asked; {@link #field()} names the offending part of the request. */
public class InvalidReservationRequest extends RuntimeException {

    private final String field;

    public InvalidReservationRequest(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
