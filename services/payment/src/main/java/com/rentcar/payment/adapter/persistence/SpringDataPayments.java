package com.rentcar.payment.adapter.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SpringDataPayments extends JpaRepository<PaymentEntity, UUID> {

    /**
     * Inserts a PENDING payment unless its idempotency key is taken; the unique constraint decides, atomically,
     * even between concurrent calls (a second insert waits for the first one's transaction, then does nothing).
     *
     * @return 1 when inserted, 0 when the key was taken
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into payment (id, idempotency_key, reservation_id, customer_id, car_id, amount, status,
                                 provider_reference, version, created_at, updated_at)
            values (:id, :key, :reservationId, :customerId, :carId, :amount, :status, null, :version, :createdAt,
                    :updatedAt)
            on conflict on constraint payment_idempotency_key_unique do nothing""")
    int insertUnlessKeyTaken(@Param("id") UUID id, @Param("key") String key,
            @Param("reservationId") UUID reservationId, @Param("customerId") UUID customerId,
            @Param("carId") UUID carId, @Param("amount") long amount, @Param("status") String status,
            @Param("version") long version, @Param("createdAt") Instant createdAt,
            @Param("updatedAt") Instant updatedAt);

    Optional<PaymentEntity> findByIdempotencyKey(String idempotencyKey);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PaymentEntity p where p.id = :id")
    Optional<PaymentEntity> findForUpdate(@Param("id") UUID id);

    List<PaymentEntity> findByReservationId(UUID reservationId, Pageable page);

    @Query("select p from PaymentEntity p")
    List<PaymentEntity> findNewest(Pageable page);
}
