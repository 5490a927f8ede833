package com.rentcar.management.domain;

/** What one day of renting the car costs: a whole number of KRW, from 1 to 10,000,000. */
public record DailyRate(long won) {

    public static final long MIN_WON = 1;
    public static final long MAX_WON = 10_000_000;

    public DailyRate {
        if (won < MIN_WON || won > MAX_WON) {
            throw new InvalidCarDetails("dailyRate", "must be a whole number of KRW from " + MIN_WON + " to " + MAX_WON
                    + ", was " + won);
        }
    }
}
