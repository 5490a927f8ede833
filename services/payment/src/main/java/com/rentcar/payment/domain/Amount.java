package com.rentcar.payment.domain;

/** Money charged: a whole number of KRW, from 1 to 1,000,000,000. */
public record Amount(long won) {

    public static final long MIN_WON = 1;
    public static final long MAX_WON = 1_000_000_000;

    public Amount {
        if (won < MIN_WON || won > MAX_WON) {
            throw new InvalidPaymentRequest("amount", "must be a whole number of KRW from " + MIN_WON + " to " + MAX_WON
                    + ", was " + won);
        }
    }
}
