package com.rentcar.reservation.adapter.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.rentcar.reservation.domain.PaymentId;
import com.rentcar.reservation.domain.Reservation;

/** A reservation as customers and admins see it; {@code paymentId} is the payment that paid for it. */
record ReservationResponse(UUID id, UUID carId, UUID customerId, LocalDate pickupDate, LocalDate returnDate,
        long amount, String status, UUID paymentId, String plateNumber, String model, Instant createdAt,
        Instant updatedAt) {

    static ReservationResponse of(Reservation r) {
        return new ReservationResponse(r.id().value(), r.carId().value(), r.customerId().value(),
                r.period().pickupDate(), r.period().returnDate(), r.amount().won(), r.status().name(),
                r.paymentId().map(PaymentId::value).orElse(null), r.plateNumber(), r.model(), r.createdAt(),
                r.updatedAt());
    }
}
