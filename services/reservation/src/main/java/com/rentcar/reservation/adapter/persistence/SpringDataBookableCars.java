package com.rentcar.reservation.adapter.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SpringDataBookableCars extends JpaRepository<BookableCarEntity, UUID> {

    /** @return 1 when inserted, 0 when the car was known already */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into bookable_car (id, plate_number, model, daily_rate, registered_at)
            values (:id, :plateNumber, :model, :dailyRate, :registeredAt)
            on conflict (id) do nothing""")
    int insertUnlessKnown(@Param("id") UUID id, @Param("plateNumber") String plateNumber,
            @Param("model") String model, @Param("dailyRate") long dailyRate,
            @Param("registeredAt") Instant registeredAt);

    /** One page of the cars on offer, in order of registration (index {@code bookable_car_registration_order}). */
    @Query(nativeQuery = true, value = """
            select c.* from bookable_car c
            where
            """ + ON_OFFER + """
            order by c.registered_at, c.id
            limit :limit offset :offset""")
    List<BookableCarEntity> findAvailable(@Param("limit") int limit, @Param("offset") long offset);

    @Query(nativeQuery = true, value = "select count(*) from bookable_car c where " + ON_OFFER)
    long countAvailable();

    /** No active reservation holds the car (index {@code reservation_one_active_per_car}). */
    String ON_OFFER = """
            not exists (select 1 from reservation r where r.car_id = c.id
                        and r.status in ('PAYMENT_PENDING', 'CONFIRMED', 'CANCEL_PENDING'))
            """;
}
