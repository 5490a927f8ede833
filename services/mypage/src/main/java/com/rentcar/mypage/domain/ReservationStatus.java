package com.rentcar.mypage.domain;

/** Where the reservation stands, as the reservation service announced it. */
public enum ReservationStatus implements Ranked {

    /** Reserved and paid. */
    CONFIRMED(1),
    /** The customer cancelled; the refund is still on its way. */
    CANCEL_PENDING(2),
    /** Cancelled and refunded. Final. */
    CANCELLED(3),
    /** The car came back. Final. */
    COMPLETED(3);

    private final int rank;

    ReservationStatus(int rank) {
        this.rank = rank;
    }

    @Override
    public int rank() {
        return rank;
    }
}
