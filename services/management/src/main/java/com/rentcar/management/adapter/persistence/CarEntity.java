package com.rentcar.management.adapter.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.rentcar.management.domain.Car;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.CarModel;
import com.rentcar.management.domain.CarStatus;
import com.rentcar.management.domain.DailyRate;
import com.rentcar.management.domain.PlateNumber;
import com.rentcar.management.domain.RentalId;

/** One row of table {@code car}. The version is the aggregate's own, written as the domain counts it. */
@Entity
@Table(name = "car")
class CarEntity {

    @Id
    private UUID id;

    @Column(name = "plate_number", nullable = false, updatable = false, length = PlateNumber.MAX_LENGTH)
    private String plateNumber;

    @Column(nullable = false, updatable = false, length = CarModel.MAX_LENGTH)
    private String model;

    @Column(name = "daily_rate", nullable = false, updatable = false)
    private long dailyRate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CarStatus status;

    @Column(name = "rental_id")
    private UUID rentalId;

    /** Rentals that held the car before {@link #rentalId} and whose end has not been seen yet, oldest first. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "earlier_rental_ids", nullable = false)
    private UUID[] earlierRentalIds = new UUID[0];

    @Column(nullable = false)
    private long version;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CarEntity() {
    }

    Car toDomain() {
        return Car.restore(new CarId(id), new PlateNumber(plateNumber), new CarModel(model), new DailyRate(dailyRate),
                status, rentalId == null ? null : new RentalId(rentalId),
                Arrays.stream(earlierRentalIds).map(RentalId::new).toList(), version, registeredAt, updatedAt);
    }

    /** Copies what can change after registration. */
    void changeTo(Car car) {
        status = car.status();
        rentalId = car.rentalId().map(RentalId::value).orElse(null);
        earlierRentalIds = car.earlierRentals().stream().map(RentalId::value).toArray(UUID[]::new);
        version = car.version();
        updatedAt = car.updatedAt();
    }
}
