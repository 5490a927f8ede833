package com.rentcar.mypage.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What was booked: the car, its plate and model, the period and the amount. Each event tells a part of it (a
 * payment knows the car and the amount, a rental only the car); a part not told yet is {@code null}.
 */
public record Booking(UUID carId, String plateNumber, String model, LocalDate pickupDate, LocalDate returnDate,
        Long amount) {

    public static final Booking UNKNOWN = new Booking(null, null, null, null, null, null);

    public static Booking ofCar(UUID carId) {
        return new Booking(carId, null, null, null, null, null);
    }

    public static Booking ofCarCharged(UUID carId, Long amount) {
        return new Booking(carId, null, null, null, null, amount);
    }

    /** What is known once {@code told} is heard too: a part already known stays, a part not known yet is filled in. */
    public Booking completedWith(Booking told) {
        return new Booking(
                carId != null ? carId : told.carId,
                plateNumber != null ? plateNumber : told.plateNumber,
                model != null ? model : told.model,
                pickupDate != null ? pickupDate : told.pickupDate,
                returnDate != null ? returnDate : told.returnDate,
                amount != null ? amount : told.amount);
    }
}
