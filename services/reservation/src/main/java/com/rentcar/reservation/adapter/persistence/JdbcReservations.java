package com.rentcar.reservation.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.rentcar.reservation.application.Reservations;
import com.rentcar.reservation.domain.CarId;
import com.rentcar.reservation.domain.CustomerId;
import com.rentcar.reservation.domain.Money;
import com.rentcar.reservation.domain.PaymentId;
import com.rentcar.reservation.domain.RentalPeriod;
import com.rentcar.reservation.domain.Reservation;
import com.rentcar.reservation.domain.ReservationId;
import com.rentcar.reservation.domain.ReservationStatus;

@Repository
class JdbcReservations implements Reservations {

    private static final List<String> VISIBLE = Arrays.stream(ReservationStatus.values())
            .filter(ReservationStatus::isVisible).map(Enum::name).toList();
    private static final List<String> AWAITING_PAYMENT = Arrays.stream(ReservationStatus.values())
            .filter(status -> !status.isVisible()).map(Enum::name).toList();

    private static final String COLUMNS = """
            insert into reservation (id, customer_id, car_id, plate_number, model, pickup_date, return_date, amount,
                                     status, payment_id, created_at, updated_at)
            values (:id, :customerId, :carId, :plateNumber, :model, :pickupDate, :returnDate, :amount, :status,""";

    private final JdbcClient jdbc;

    JdbcReservations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The partial unique index {@code reservation_one_active_per_car} decides, atomically, between concurrent holds. */
    @Override
    public boolean holdCar(Reservation reservation) {
        if (!reservation.status().holdsCar()) {
            throw new IllegalArgumentException("a " + reservation.status() + " reservation holds no car");
        }
        // a held car is not paid yet: payment_id is a literal null, not a parameter whose type the driver would look up
        return insert(COLUMNS + " null, :createdAt, :updatedAt) on conflict do nothing", reservation) == 1;
    }

    @Override
    public void add(Reservation reservation) {
        insert(COLUMNS + " :paymentId, :createdAt, :updatedAt)", reservation);
    }

    @Override
    public Optional<Reservation> find(ReservationId id) {
        return jdbc.sql("select * from reservation where id = :id").param("id", id.value())
                .query(JdbcReservations::reservation).optional();
    }

    @Override
    public Optional<Reservation> findForChange(ReservationId id) {
        return jdbc.sql("select * from reservation where id = :id for update").param("id", id.value())
                .query(JdbcReservations::reservation).optional();
    }

    @Override
    public void update(Reservation reservation) {
        int updated = jdbc.sql("""
                update reservation set status = :status, payment_id = :paymentId, updated_at = :updatedAt
                where id = :id""")
                .param("id", reservation.id().value())
                .param("status", reservation.status().name())
                .param("paymentId", reservation.paymentId().map(PaymentId::value).orElse(null), Types.OTHER)
                .param("updatedAt", Timestamp.from(reservation.updatedAt()))
                .update();
        requireFound(updated, reservation.id());
    }

    @Override
    public void remove(ReservationId id) {
        jdbc.sql("delete from reservation where id = :id").param("id", id.value()).update();
    }

    @Override
    public List<Reservation> visibleOf(CustomerId customer) {
        return jdbc.sql("""
                select * from reservation where customer_id = :customer and status in (:statuses)
                order by created_at desc, id desc""")
                .param("customer", customer.value())
                .param("statuses", VISIBLE)
                .query(JdbcReservations::reservation).list();
    }

    @Override
    public List<Reservation> visible() {
        return jdbc.sql("select * from reservation where status in (:statuses) order by created_at desc, id desc")
                .param("statuses", VISIBLE)
                .query(JdbcReservations::reservation).list();
    }

    @Override
    public List<ReservationId> awaitingPayment(Instant heldBefore, int limit) {
        return jdbc.sql("""
                select id from reservation where status in (:statuses) and created_at < :before
                order by created_at limit :limit""")
                .param("statuses", AWAITING_PAYMENT)
                .param("before", Timestamp.from(heldBefore))
                .param("limit", limit)
                .query((row, n) -> new ReservationId(row.getObject("id", UUID.class))).list();
    }

    @Override
    public List<ReservationId> cancellationsDue(Instant now, int limit) {
        return jdbc.sql("""
                select id from reservation
                where status = 'CANCEL_PENDING' and (cancellation_retry_at is null or cancellation_retry_at <= :now)
                order by updated_at limit :limit""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((row, n) -> new ReservationId(row.getObject("id", UUID.class))).list();
    }

    @Override
    public void retryCancellationAt(ReservationId id, Instant at) {
        int updated = jdbc.sql("update reservation set cancellation_retry_at = :at where id = :id")
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .update();
        requireFound(updated, id);
    }

    private int insert(String sql, Reservation reservation) {
        return jdbc.sql(sql)
                .param("id", reservation.id().value())
                .param("customerId", reservation.customerId().value())
                .param("carId", reservation.carId().value())
                .param("plateNumber", reservation.plateNumber())
                .param("model", reservation.model())
                .param("pickupDate", reservation.period().pickupDate())
                .param("returnDate", reservation.period().returnDate())
                .param("amount", reservation.amount().won())
                .param("status", reservation.status().name())
                .param("paymentId", reservation.paymentId().map(PaymentId::value).orElse(null), Types.OTHER)
                .param("createdAt", Timestamp.from(reservation.createdAt()))
                .param("updatedAt", Timestamp.from(reservation.updatedAt()))
                .update();
    }

    private static void requireFound(int updated, ReservationId id) {
        if (updated != 1) {
            throw new IllegalStateException("reservation " + id + " was not found for change");
        }
    }

    private static Reservation reservation(ResultSet row, int rowNumber) throws SQLException {
        var paymentId = row.getObject("payment_id", UUID.class);
        return Reservation.restore(new ReservationId(row.getObject("id", UUID.class)),
                new CustomerId(row.getObject("customer_id", UUID.class)), new CarId(row.getObject("car_id", UUID.class)),
                row.getString("plate_number"), row.getString("model"),
                new RentalPeriod(row.getObject("pickup_date", LocalDate.class), row.getObject("return_date", LocalDate.class)),
                new Money(row.getLong("amount")), ReservationStatus.valueOf(row.getString("status")),
                paymentId == null ? null : new PaymentId(paymentId), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant());
    }
}
