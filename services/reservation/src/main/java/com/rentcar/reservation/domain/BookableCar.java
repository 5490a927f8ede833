package com.rentcar.reservation.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A car customers can reserve, as this service knows it from management's {@code CarRegistered}: what
 * to show (plate, model) and what a day costs. Whether it is free right now follows from the
 * reservations holding it, not from a flag here.
 */
public record BookableCar(CarId id, String plateNumber, String model, Money dailyRate, Instant registeredAt) {

    public static final int MAX_PLATE_LENGTH = 20;
    public static final int MAX_MODEL_LENGTH = 100;

    public BookableCar {
        Objects.requireNonNull(id, "car id");
        Objects.requireNonNull(registeredAt, "registeredAt");
        plateNumber = required("plateNumber", plateNumber, MAX_PLATE_LENGTH);
        model = required("model", model, MAX_MODEL_LENGTH);
        if (dailyRate == null || dailyRate.won() < 1) {
            throw new IllegalArgumentException("dailyRate must be at least 1 KRW");
        }
    }

    private static String required(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters");
        }
        return value;
    }
}
