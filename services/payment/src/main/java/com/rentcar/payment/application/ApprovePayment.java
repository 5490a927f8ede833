package com.rentcar.payment.application;

import java.util.UUID;

import com.rentcar.payment.domain.Amount;
import com.rentcar.payment.domain.CarId;
import com.rentcar.payment.domain.CustomerId;
import com.rentcar.payment.domain.IdempotencyKey;
import com.rentcar.payment.domain.ReservationCharge;
import com.rentcar.payment.domain.ReservationId;

/** The reservation service's request to charge a customer for a reservation, as sent (the domain checks it). */
public record ApprovePayment(String idempotencyKey, UUID reservationId, UUID customerId, UUID carId, long amount) {

    IdempotencyKey key() {
        return new IdempotencyKey(idempotencyKey);
    }

    ReservationCharge charge() {
        return new ReservationCharge(new ReservationId(reservationId), new CustomerId(customerId), new CarId(carId),
                new Amount(amount));
    }
}
