package com.rentcar.mypage.domain;

/** Where the reservation's payment stands, as the payment service announced it. */
public enum PaymentStatus implements Ranked {

    /** The money was taken. */
    APPROVED(1),
    /** The money was given back. Final. */
    CANCELLED(2);

    private final int rank;

    PaymentStatus(int rank) {
        this.rank = rank;
    }

    @Override
    public int rank() {
        return rank;
    }
}
