package com.rentcar.payment.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.payment.domain.Payment;
import com.rentcar.payment.domain.PaymentId;
import com.rentcar.payment.domain.PaymentNotFound;
import com.rentcar.payment.domain.ReservationId;

/** Staff and the reservation service look at payments: one, or the newest (for a reservation). */
@Service
@Transactional(readOnly = true)
public class ViewingPayments {

    private final Payments payments;

    public ViewingPayments(Payments payments) {
        this.payments = payments;
    }

    /** @throws PaymentNotFound when no payment has this id */
    public Payment one(PaymentId id) {
        return payments.find(id).orElseThrow(() -> new PaymentNotFound(id));
    }

    public List<Payment> newest(Optional<ReservationId> reservation, int limit) {
        return payments.list(reservation, limit);
    }
}
