package com.rentcar.reservation.adapter.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.rentcar.reservation.domain.BookableCar;
import com.rentcar.reservation.domain.CarId;
import com.rentcar.reservation.domain.Money;

/** One row of table {@code bookable_car}; written once, when the car is registered. */
@Entity
@Table(name = "bookable_car")
class BookableCarEntity {

    @Id
    private UUID id;

    @Column(name = "plate_number", nullable = false, updatable = false, length = BookableCar.MAX_PLATE_LENGTH)
    private String plateNumber;

    @Column(nullable = false, updatable = false, length = BookableCar.MAX_MODEL_LENGTH)
    private String model;

    @Column(name = "daily_rate", nullable = false, updatable = false)
    private long dailyRate;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected BookableCarEntity() {
    }

    BookableCar toDomain() {
        return new BookableCar(new CarId(id), plateNumber, model, new Money(dailyRate), registeredAt);
    }
}
