package com.rentcar.rental.adapter.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.rentcar.rental.domain.CarId;
import com.rentcar.rental.domain.CustomerId;
import com.rentcar.rental.domain.PaidReservation;
import com.rentcar.rental.domain.PaymentId;
import com.rentcar.rental.domain.Rental;
import com.rentcar.rental.domain.RentalId;
import com.rentcar.rental.domain.RentalStatus;
import com.rentcar.rental.domain.ReservationId;

/** One row of table {@code rental}; inserted by {@link SpringDataRentals#insertUnlessReservationTaken}. */
@Entity
@Table(name = "rental")
class RentalEntity {

    @Id
    private UUID id;

    @Column(name = "reservation_id", nullable = false, updatable = false)
    private UUID reservationId;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private UUID paymentId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "car_id", nullable = false, updatable = false)
    private UUID carId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RentalStatus status;

    @Column(name = "rented_at", updatable = false)
    private Instant rentedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RentalEntity() {
    }

    Rental toDomain() {
        var paid = new PaidReservation(new ReservationId(reservationId), new PaymentId(paymentId),
                new CustomerId(customerId), new CarId(carId));
        return Rental.restore(new RentalId(id), paid, status, rentedAt, cancelledAt, returnedAt, recordedAt);
    }

    /** Copies what can change after the rental was recorded. */
    void changeTo(Rental rental) {
        status = rental.status();
        cancelledAt = rental.cancelledAt().orElse(null);
        returnedAt = rental.returnedAt().orElse(null);
    }
}
