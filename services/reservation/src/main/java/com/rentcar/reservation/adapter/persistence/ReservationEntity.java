package com.rentcar.reservation.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.rentcar.reservation.domain.BookableCar;
import com.rentcar.reservation.domain.CarId;
import com.rentcar.reservation.domain.CustomerId;
import com.rentcar.reservation.domain.Money;
import com.rentcar.reservation.domain.PaymentId;
import com.rentcar.reservation.domain.RentalPeriod;
import com.rentcar.reservation.domain.Reservation;
import com.rentcar.reservation.domain.ReservationId;
import com.rentcar.reservation.domain.ReservationStatus;

/** One row of table {@code reservation}. */
@Entity
@Table(name = "reservation")
class ReservationEntity {

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "car_id", nullable = false, updatable = false)
    private UUID carId;

    @Column(name = "plate_number", nullable = false, updatable = false, length = BookableCar.MAX_PLATE_LENGTH)
    private String plateNumber;

    @Column(nullable = false, updatable = false, length = BookableCar.MAX_MODEL_LENGTH)
    private String model;

    @Column(name = "pickup_date", nullable = false, updatable = false)
    private LocalDate pickupDate;

    @Column(name = "return_date", nullable = false, updatable = false)
    private LocalDate returnDate;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReservationStatus status;

    @Column(name = "payment_id")
    private UUID paymentId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "cancellation_retry_at")
    private Instant cancellationRetryAt;

    protected ReservationEntity() {
    }

    static ReservationEntity of(Reservation reservation) {
        var entity = new ReservationEntity();
        entity.id = reservation.id().value();
        entity.customerId = reservation.customerId().value();
        entity.carId = reservation.carId().value();
        entity.plateNumber = reservation.plateNumber();
        entity.model = reservation.model();
        entity.pickupDate = reservation.period().pickupDate();
        entity.returnDate = reservation.period().returnDate();
        entity.amount = reservation.amount().won();
        entity.createdAt = reservation.createdAt();
        entity.changeTo(reservation);
        return entity;
    }

    Reservation toDomain() {
        return Reservation.restore(new ReservationId(id), new CustomerId(customerId), new CarId(carId), plateNumber,
                model, new RentalPeriod(pickupDate, returnDate), new Money(amount), status,
                paymentId == null ? null : new PaymentId(paymentId), createdAt, updatedAt);
    }

    /** Copies what can change after the car was held. */
    void changeTo(Reservation reservation) {
        status = reservation.status();
        paymentId = reservation.paymentId().map(PaymentId::value).orElse(null);
        updatedAt = reservation.updatedAt();
    }

    void retryCancellationAt(Instant at) {
        cancellationRetryAt = at;
    }
}
