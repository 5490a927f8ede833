package com.rentcar.reservation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a car is reserved for, from the pickup date to the return date. A car picked up and returned
 * the same day is charged one day; otherwise every night between the two dates is a day.
 */
public record RentalPeriod(LocalDate pickupDate, LocalDate returnDate) {

    /** The longest period one reservation may cover. */
    public static final long MAX_DAYS = 365;

    /** How far ahead a car can be booked: a pickup in the year 99999 is a typo or an attack, never a booking. */
    public static final long MAX_DAYS_AHEAD = 365;

    public RentalPeriod {
        if (pickupDate == null) {
            throw new InvalidReservationRequest("pickupDate", "must be given");
        }
        if (returnDate == null) {
            throw new InvalidReservationRequest("returnDate", "must be given");
        }
        if (returnDate.isBefore(pickupDate)) {
            throw new InvalidReservationRequest("returnDate",
                    "must not be before pickupDate (" + returnDate + " is before " + pickupDate + ")");
        }
        if (ChronoUnit.DAYS.between(pickupDate, returnDate) > MAX_DAYS) {
            throw new InvalidReservationRequest("returnDate", "must be at most " + MAX_DAYS + " days after pickupDate");
        }
    }

    /** A period a customer asks for on {@code today}: it cannot start in the past. */
    public static RentalPeriod requestedOn(LocalDate today, LocalDate pickupDate, LocalDate returnDate) {
        Objects.requireNonNull(today, "today");
        var period = new RentalPeriod(pickupDate, returnDate);
        if (pickupDate.isBefore(today)) {
            throw new InvalidReservationRequest("pickupDate", "must not be in the past (today is " + today + ")");
        }
        if (pickupDate.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidReservationRequest("pickupDate",
                    "must be at most " + MAX_DAYS_AHEAD + " days ahead (today is " + today + ")");
        }
        return period;
    }

    /** The days charged: the days between the dates, and at least one. */
    public long days() {
        return Math.max(1, ChronoUnit.DAYS.between(pickupDate, returnDate));
    }

    /** What the period costs at the given daily rate. */
    public Money priceAt(Money dailyRate) {
        return dailyRate.times(days());
    }
}
