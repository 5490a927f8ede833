package com.rentcar.rental.adapter.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import com.rentcar.rental.domain.RentalStatus;

interface SpringDataRentals extends JpaRepository<RentalEntity, UUID> {

    /** The partial unique index that keeps a car in at most one RENTED rental. */
    String ONE_RENTED_PER_CAR = "rental_one_rented_per_car";

    /**
     * Inserts a rental unless its reservation has one; the unique constraint decides, atomically, even between
     * concurrent calls. A second RENTED rental of a car still violates {@value #ONE_RENTED_PER_CAR}.
     *
     * @return 1 when inserted, 0 when the reservation had a rental already
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into rental (id, reservation_id, payment_id, customer_id, car_id, status, rented_at, cancelled_at,
                                returned_at, recorded_at)
            values (:id, :reservationId, :paymentId, :customerId, :carId, :status, :rentedAt, :cancelledAt,
                    :returnedAt, :recordedAt)
            on conflict on constraint rental_one_per_reservation do nothing""")
    int insertUnlessReservationTaken(@Param("id") UUID id, @Param("reservationId") UUID reservationId,
            @Param("paymentId") UUID paymentId, @Param("customerId") UUID customerId, @Param("carId") UUID carId,
            @Param("status") String status, @Param("rentedAt") Instant rentedAt,
            @Param("cancelledAt") Instant cancelledAt, @Param("returnedAt") Instant returnedAt,
            @Param("recordedAt") Instant recordedAt);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RentalEntity r where r.id = :id")
    Optional<RentalEntity> findForUpdate(@Param("id") UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RentalEntity r where r.reservationId = :reservationId")
    Optional<RentalEntity> findForUpdateByReservationId(@Param("reservationId") UUID reservationId);

    List<RentalEntity> findByStatus(RentalStatus status, Sort sort);

    boolean existsByCarIdAndStatus(UUID carId, RentalStatus status);
}
