package com.rentcar.mypage.domain;

/** Where the reservation's rental stands, as the rental service announced it. */
public enum RentalStatus implements Ranked {

    /** The customer has the car. */
    RENTED(1),
    /** The rental was called off with the payment. Final. */
    CANCELLED(2),
    /** The car came back. Final. */
    RETURNED(2);

    private final int rank;

    RentalStatus(int rank) {
        this.rank = rank;
    }

    @Override
    public int rank() {
        return rank;
    }
}
