package com.rentcar.reservation.application;

import java.time.LocalDate;

import com.rentcar.reservation.domain.CarId;
import com.rentcar.reservation.domain.CustomerId;

/** A customer's request to reserve a car for a period, as asked (the domain checks it). */
public record ReserveCar(CustomerId customerId, CarId carId, LocalDate pickupDate, LocalDate returnDate) {
}
