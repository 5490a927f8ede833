package com.rentcar.reservation.adapter.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Repository;

import com.rentcar.reservation.application.Reservations;
import com.rentcar.reservation.domain.CustomerId;
import com.rentcar.reservation.domain.Reservation;
import com.rentcar.reservation.domain.ReservationId;
import com.rentcar.reservation.domain.ReservationStatus;

@Repository
class JpaReservations implements Reservations {

    private static final Set<ReservationStatus> VISIBLE = EnumSet.copyOf(
            Arrays.stream(ReservationStatus.values()).filter(ReservationStatus::isVisible).toList());
    private static final Set<ReservationStatus> AWAITING_PAYMENT = EnumSet.complementOf(EnumSet.copyOf(VISIBLE));

    private final SpringDataReservations rows;

    JpaReservations(SpringDataReservations rows) {
        this.rows = rows;
    }

    @Override
    public boolean holdCar(Reservation reservation) {
        if (!reservation.status().holdsCar()) {
            throw new IllegalArgumentException("a " + reservation.status() + " reservation holds no car");
        }
        return rows.insertUnlessCarHeld(reservation.id().value(), reservation.customerId().value(),
                reservation.carId().value(), reservation.plateNumber(), reservation.model(),
                reservation.period().pickupDate(), reservation.period().returnDate(), reservation.amount().won(),
                reservation.status().name(), reservation.createdAt()) == 1;
    }

    @Override
    public void add(Reservation reservation) {
        rows.save(ReservationEntity.of(reservation));
    }

    @Override
    public Optional<Reservation> find(ReservationId id) {
        return rows.findById(id.value()).map(ReservationEntity::toDomain);
    }

    @Override
    public Optional<Reservation> findForChange(ReservationId id) {
        return rows.findForUpdate(id.value()).map(ReservationEntity::toDomain);
    }

    @Override
    public void update(Reservation reservation) {
        entity(reservation.id()).changeTo(reservation);
    }

    @Override
    public void remove(ReservationId id) {
        rows.deleteById(id.value());
    }

    @Override
    public List<Reservation> visibleOf(CustomerId customer) {
        return rows.findByCustomerIdAndStatusInOrderByCreatedAtDescIdDesc(customer.value(), VISIBLE).stream()
                .map(ReservationEntity::toDomain).toList();
    }

    @Override
    public List<Reservation> visible() {
        return rows.findByStatusInOrderByCreatedAtDescIdDesc(VISIBLE).stream().map(ReservationEntity::toDomain).toList();
    }

    @Override
    public List<ReservationId> awaitingPayment(Instant heldBefore, int limit) {
        return rows.findIdsCreatedBefore(AWAITING_PAYMENT, heldBefore, Limit.of(limit)).stream()
                .map(ReservationId::new).toList();
    }

    @Override
    public List<ReservationId> cancellationsDue(Instant now, int limit) {
        return rows.findCancellationsDue(now, Limit.of(limit)).stream().map(ReservationId::new).toList();
    }

    @Override
    public void retryCancellationAt(ReservationId id, Instant at) {
        entity(id).retryCancellationAt(at);
    }

    private ReservationEntity entity(ReservationId id) {
        return rows.findById(id.value())
                .orElseThrow(() -> new IllegalStateException("reservation " + id + " was not found for change"));
    }
}
