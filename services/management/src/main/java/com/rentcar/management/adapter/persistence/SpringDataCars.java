package com.rentcar.management.adapter.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SpringDataCars extends JpaRepository<CarEntity, UUID>, JpaSpecificationExecutor<CarEntity> {

    /**
     * Inserts a car unless its plate is taken; the unique constraint on {@code plate_number} decides, atomically,
     * even between concurrent registrations.
     *
     * @return 1 when inserted, 0 when the plate was already registered
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into car (id, plate_number, model, daily_rate, status, rental_id, version, registered_at, updated_at)
            values (:id, :plateNumber, :model, :dailyRate, :status, null, :version, :registeredAt, :updatedAt)
            on conflict on constraint car_plate_number_unique do nothing""")
    int insertUnlessPlateTaken(@Param("id") UUID id, @Param("plateNumber") String plateNumber,
            @Param("model") String model, @Param("dailyRate") long dailyRate, @Param("status") String status,
            @Param("version") long version, @Param("registeredAt") Instant registeredAt,
            @Param("updatedAt") Instant updatedAt);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CarEntity c where c.id = :id")
    Optional<CarEntity> findForUpdate(@Param("id") UUID id);
}
