package com.rentcar.management.domain;

/** Where a car stands in the ledger. */
public enum CarStatus {

    /** 대여가능: can be reserved and rented out. */
    AVAILABLE("대여가능"),
    /** 대여중: held by a rental until it is cancelled or the car is returned. */
    RENTED("대여중");

    private final String label;

    CarStatus(String label) {
        this.label = label;
    }

    /** The label staff see in the ledger. */
    public String label() {
        return label;
    }
}
