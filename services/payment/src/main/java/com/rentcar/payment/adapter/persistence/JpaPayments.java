package com.rentcar.payment.adapter.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

import com.rentcar.payment.application.Payments;
import com.rentcar.payment.domain.IdempotencyKey;
import com.rentcar.payment.domain.Payment;
import com.rentcar.payment.domain.PaymentId;
import com.rentcar.payment.domain.ReservationId;

@Repository
class JpaPayments implements Payments {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final SpringDataPayments payments;

    JpaPayments(SpringDataPayments payments) {
        this.payments = payments;
    }

    @Override
    public boolean addUnlessKeyTaken(Payment payment) {
        var charge = payment.charge();
        return payments.insertUnlessKeyTaken(payment.id().value(), payment.idempotencyKey().value(),
                charge.reservationId().value(), charge.customerId().value(), charge.carId().value(),
                charge.amount().won(), payment.status().name(), payment.version(), payment.createdAt(),
                payment.updatedAt()) == 1;
    }

    @Override
    public Optional<Payment> find(PaymentId id) {
        return payments.findById(id.value()).map(PaymentEntity::toDomain);
    }

    @Override
    public Optional<Payment> findByKey(IdempotencyKey key) {
        return payments.findByIdempotencyKey(key.value()).map(PaymentEntity::toDomain);
    }

    @Override
    public Optional<Payment> findForChange(PaymentId id) {
        return payments.findForUpdate(id.value()).map(PaymentEntity::toDomain);
    }

    @Override
    public void update(Payment payment) {
        entity(payment).changeTo(payment);
    }

    @Override
    public void remove(Payment payment) {
        payments.delete(entity(payment));
    }

    @Override
    public List<Payment> list(Optional<ReservationId> reservation, int limit) {
        var page = PageRequest.of(0, limit, NEWEST_FIRST);
        var found = reservation.isPresent()
                ? payments.findByReservationId(reservation.get().value(), page)
                : payments.findNewest(page);
        return found.stream().map(PaymentEntity::toDomain).toList();
    }

    private PaymentEntity entity(Payment payment) {
        return payments.findById(payment.id().value())
                .orElseThrow(() -> new IllegalStateException("payment " + payment.id() + " was not found for change"));
    }
}
