package com.rentcar.reservation.domain;

/** An amount of KRW: a whole, non-negative number of won. */
public record Money(long won) {

    public Money {
        if (won < 0) {
            throw new IllegalArgumentException("an amount of money is never negative, was " + won);
        }
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(won, factor));
    }

    @Override
    public String toString() {
        return won + " KRW";
    }
}
