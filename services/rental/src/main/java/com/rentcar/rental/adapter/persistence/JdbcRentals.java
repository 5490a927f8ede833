package com.rentcar.rental.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.rentcar.rental.application.Rentals;
import com.rentcar.rental.domain.CarId;
import com.rentcar.rental.domain.CarStillRented;
import com.rentcar.rental.domain.CustomerId;
import com.rentcar.rental.domain.PaidReservation;
import com.rentcar.rental.domain.PaymentId;
import com.rentcar.rental.domain.Rental;
import com.rentcar.rental.domain.RentalId;
import com.rentcar.rental.domain.RentalStatus;
import com.rentcar.rental.domain.ReservationId;

@Repository
class JdbcRentals implements Rentals {

    /** The partial unique index that keeps a car in at most one RENTED rental. */
    private static final String ONE_RENTED_PER_CAR = "rental_one_rented_per_car";

    private final JdbcClient jdbc;

    JdbcRentals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The unique reservation decides, atomically, even between concurrent calls; a second RENTED rental of a car
     * still breaks {@value #ONE_RENTED_PER_CAR}.
     */
    @Override
    public boolean addUnlessReservationTaken(Rental rental) {
        var paid = rental.reservation();
        try {
            return jdbc.sql("""
                    insert into rental (id, reservation_id, payment_id, customer_id, car_id, status, rented_at,
                                        cancelled_at, returned_at, recorded_at)
                    values (:id, :reservationId, :paymentId, :customerId, :carId, :status, :rentedAt,
                            :cancelledAt, :returnedAt, :recordedAt)
                    on conflict on constraint rental_one_per_reservation do nothing""")
                    .param("id", rental.id().value())
                    .param("reservationId", paid.reservationId().value())
                    .param("paymentId", paid.paymentId().value())
                    .param("customerId", paid.customerId().value())
                    .param("carId", paid.carId().value())
                    .param("status", rental.status().name())
                    .param("rentedAt", timestamp(rental.rentedAt()), Types.TIMESTAMP)
                    .param("cancelledAt", timestamp(rental.cancelledAt()), Types.TIMESTAMP)
                    .param("returnedAt", timestamp(rental.returnedAt()), Types.TIMESTAMP)
                    .param("recordedAt", Timestamp.from(rental.recordedAt()))
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains(ONE_RENTED_PER_CAR)) {
                throw new CarStillRented(paid.carId(), paid.reservationId());
            }
            throw e;
        }
    }

    @Override
    public boolean carRented(CarId car) {
        return jdbc.sql("select exists (select 1 from rental where car_id = :car and status = 'RENTED')")
                .param("car", car.value())
                .query(Boolean.class).single();
    }

    @Override
    public Optional<Rental> find(RentalId id) {
        return jdbc.sql("select * from rental where id = :id").param("id", id.value())
                .query(JdbcRentals::rental).optional();
    }

    @Override
    public Optional<Rental> findForChange(RentalId id) {
        return jdbc.sql("select * from rental where id = :id for update").param("id", id.value())
                .query(JdbcRentals::rental).optional();
    }

    @Override
    public Optional<Rental> findForChange(ReservationId reservation) {
        return jdbc.sql("select * from rental where reservation_id = :reservation for update")
                .param("reservation", reservation.value())
                .query(JdbcRentals::rental).optional();
    }

    /** Only the status and its dates change once a rental is recorded. */
    @Override
    public void update(Rental rental) {
        int updated = jdbc.sql("""
                update rental set status = :status, cancelled_at = :cancelledAt, returned_at = :returnedAt
                where id = :id""")
                .param("id", rental.id().value())
                .param("status", rental.status().name())
                .param("cancelledAt", timestamp(rental.cancelledAt()), Types.TIMESTAMP)
                .param("returnedAt", timestamp(rental.returnedAt()), Types.TIMESTAMP)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("rental " + rental.id() + " was not found for change");
        }
    }

    @Override
    public List<Rental> list(Optional<RentalStatus> status) {
        if (status.isEmpty()) {
            return jdbc.sql("select * from rental order by recorded_at desc, id desc")
                    .query(JdbcRentals::rental).list();
        }
        return jdbc.sql("select * from rental where status = :status order by recorded_at desc, id desc")
                .param("status", status.get().name())
                .query(JdbcRentals::rental).list();
    }

    /** Typed even when null: for a null of unknown type Spring would ask the driver, a round trip to PostgreSQL. */
    private static Timestamp timestamp(Optional<Instant> at) {
        return at.map(Timestamp::from).orElse(null);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Rental rental(ResultSet row, int rowNumber) throws SQLException {
        var paid = new PaidReservation(new ReservationId(row.getObject("reservation_id", UUID.class)),
                new PaymentId(row.getObject("payment_id", UUID.class)),
                new CustomerId(row.getObject("customer_id", UUID.class)), new CarId(row.getObject("car_id", UUID.class)));
        return Rental.restore(new RentalId(row.getObject("id", UUID.class)), paid,
                RentalStatus.valueOf(row.getString("status")), instant(row, "rented_at"), instant(row, "cancelled_at"),
                instant(row, "returned_at"), instant(row, "recorded_at"));
    }
}
