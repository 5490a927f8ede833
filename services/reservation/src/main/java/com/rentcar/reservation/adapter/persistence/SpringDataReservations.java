package com.rentcar.reservation.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import com.rentcar.reservation.domain.ReservationStatus;

interface SpringDataReservations extends JpaRepository<ReservationEntity, UUID> {

    /**
     * Inserts a reservation holding its car unless an active reservation holds the car already: the partial
     * unique index {@code reservation_one_active_per_car} decides, atomically, between concurrent inserts.
     *
     * @return 1 when inserted, 0 when the car is held
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into reservation (id, customer_id, car_id, plate_number, model, pickup_date, return_date, amount,
                                     status, payment_id, created_at, updated_at)
            values (:id, :customerId, :carId, :plateNumber, :model, :pickupDate, :returnDate, :amount,
                    :status, null, :createdAt, :createdAt)
            on conflict do nothing""")
    int insertUnlessCarHeld(@Param("id") UUID id, @Param("customerId") UUID customerId, @Param("carId") UUID carId,
            @Param("plateNumber") String plateNumber, @Param("model") String model,
            @Param("pickupDate") LocalDate pickupDate, @Param("returnDate") LocalDate returnDate,
            @Param("amount") long amount, @Param("status") String status, @Param("createdAt") Instant createdAt);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReservationEntity r where r.id = :id")
    Optional<ReservationEntity> findForUpdate(@Param("id") UUID id);

    List<ReservationEntity> findByCustomerIdAndStatusInOrderByCreatedAtDescIdDesc(UUID customerId,
            Collection<ReservationStatus> statuses);

    List<ReservationEntity> findByStatusInOrderByCreatedAtDescIdDesc(Collection<ReservationStatus> statuses);

    @Query("""
            select r.id from ReservationEntity r
            where r.status in :statuses and r.createdAt < :before
            order by r.createdAt""")
    List<UUID> findIdsCreatedBefore(@Param("statuses") Collection<ReservationStatus> statuses,
            @Param("before") Instant before, Limit limit);

    @Query("""
            select r.id from ReservationEntity r
            where r.status = com.rentcar.reservation.domain.ReservationStatus.CANCEL_PENDING
              and (r.cancellationRetryAt is null or r.cancellationRetryAt <= :now)
            order by r.updatedAt""")
    List<UUID> findCancellationsDue(@Param("now") Instant now, Limit limit);
}
