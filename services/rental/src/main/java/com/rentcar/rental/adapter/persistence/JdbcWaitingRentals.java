package com.rentcar.rental.adapter.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.rentcar.rental.application.WaitingRentals;
import com.rentcar.rental.domain.CarId;
import com.rentcar.rental.domain.CustomerId;
import com.rentcar.rental.domain.PaidReservation;
import com.rentcar.rental.domain.PaymentId;
import com.rentcar.rental.domain.ReservationId;

@Repository
class JdbcWaitingRentals implements WaitingRentals {

    private final JdbcClient jdbc;

    JdbcWaitingRentals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lockQueue(CarId car) {
        // a transaction-scoped advisory lock: no row may exist yet for what is being decided. Two cars that share
        // a key only wait for each other, briefly.
        long key = car.value().getMostSignificantBits() ^ car.value().getLeastSignificantBits();
        jdbc.sql("select pg_advisory_xact_lock(?)").param(key).query((row, n) -> n).single();
    }

    @Override
    public void add(PaidReservation paid, Instant since) {
        jdbc.sql("""
                insert into waiting_rental (reservation_id, payment_id, customer_id, car_id, waiting_since)
                values (?, ?, ?, ?, ?) on conflict (reservation_id) do nothing""")
                .params(paid.reservationId().value(), paid.paymentId().value(), paid.customerId().value(),
                        paid.carId().value(), java.sql.Timestamp.from(since))
                .update();
    }

    @Override
    public Optional<PaidReservation> takeOldest(CarId car) {
        return jdbc.sql("""
                delete from waiting_rental where reservation_id = (
                    select reservation_id from waiting_rental where car_id = ?
                    order by waiting_since, reservation_id limit 1 for update)
                returning reservation_id, payment_id, customer_id, car_id""")
                .param(car.value())
                .query((row, n) -> new PaidReservation(new ReservationId(row.getObject("reservation_id", UUID.class)),
                        new PaymentId(row.getObject("payment_id", UUID.class)),
                        new CustomerId(row.getObject("customer_id", UUID.class)), new CarId(row.getObject("car_id", UUID.class))))
                .optional();
    }

    @Override
    public boolean remove(ReservationId reservation) {
        return jdbc.sql("delete from waiting_rental where reservation_id = ?").param(reservation.value()).update() == 1;
    }
}
