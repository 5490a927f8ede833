package com.rentcar.payment.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.rentcar.payment.application.Payments;
import com.rentcar.payment.domain.Amount;
import com.rentcar.payment.domain.CarId;
import com.rentcar.payment.domain.CustomerId;
import com.rentcar.payment.domain.IdempotencyKey;
import com.rentcar.payment.domain.Payment;
import com.rentcar.payment.domain.PaymentId;
import com.rentcar.payment.domain.PaymentStatus;
import com.rentcar.payment.domain.ProviderReference;
import com.rentcar.payment.domain.ReservationCharge;
import com.rentcar.payment.domain.ReservationId;

/** Table {@code payment}. The version is the aggregate's own, written as the domain counts it. */
@Repository
class JdbcPayments implements Payments {

    private final JdbcClient jdbc;

    JdbcPayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unique key decides, atomically: an insert racing for the same key waits for the other's transaction. */
    @Override
    public boolean addUnlessKeyTaken(Payment payment) {
        var charge = payment.charge();
        return jdbc.sql("""
                insert into payment (id, idempotency_key, reservation_id, customer_id, car_id, amount, status,
                                     provider_reference, version, created_at, updated_at)
                values (:id, :key, :reservationId, :customerId, :carId, :amount, :status, null, :version, :createdAt,
                        :updatedAt)
                on conflict on constraint payment_idempotency_key_unique do nothing""")
                .param("id", payment.id().value())
                .param("key", payment.idempotencyKey().value())
                .param("reservationId", charge.reservationId().value())
                .param("customerId", charge.customerId().value())
                .param("carId", charge.carId().value())
                .param("amount", charge.amount().won())
                .param("status", payment.status().name())
                .param("version", payment.version())
                .param("createdAt", Timestamp.from(payment.createdAt()))
                .param("updatedAt", Timestamp.from(payment.updatedAt()))
                .update() == 1;
    }

    @Override
    public Optional<Payment> find(PaymentId id) {
        return jdbc.sql("select * from payment where id = :id").param("id", id.value())
                .query(JdbcPayments::payment).optional();
    }

    @Override
    public Optional<Payment> findByKey(IdempotencyKey key) {
        return jdbc.sql("select * from payment where idempotency_key = :key").param("key", key.value())
                .query(JdbcPayments::payment).optional();
    }

    /**
     * {@code for no key update} keeps every other change out as {@code for update} would: it lets only foreign-key
     * checks through, and no foreign key refers to a payment.
     */
    @Override
    public Optional<Payment> findForChange(PaymentId id) {
        return jdbc.sql("select * from payment where id = :id for no key update").param("id", id.value())
                .query(JdbcPayments::payment).optional();
    }

    @Override
    public void update(Payment payment) {
        int updated = jdbc.sql("""
                update payment set status = :status, provider_reference = :providerReference, version = :version,
                                   updated_at = :updatedAt
                where id = :id""")
                .param("id", payment.id().value())
                .param("status", payment.status().name())
                .param("providerReference", payment.providerReference().map(ProviderReference::value).orElse(null),
                        Types.VARCHAR)
                .param("version", payment.version())
                .param("updatedAt", Timestamp.from(payment.updatedAt()))
                .update();
        requireFound(updated, payment.id());
    }

    @Override
    public void remove(Payment payment) {
        int removed = jdbc.sql("delete from payment where id = :id").param("id", payment.id().value()).update();
        requireFound(removed, payment.id());
    }

    @Override
    public List<Payment> list(Optional<ReservationId> reservation, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a list holds at least one payment, limit was " + limit);
        }
        var newest = reservation.isPresent()
                ? jdbc.sql("""
                        select * from payment where reservation_id = :reservation
                        order by created_at desc, id desc limit :limit""")
                        .param("reservation", reservation.get().value())
                : jdbc.sql("select * from payment order by created_at desc, id desc limit :limit");
        return newest.param("limit", limit).query(JdbcPayments::payment).list();
    }

    private static void requireFound(int rows, PaymentId id) {
        if (rows != 1) {
            throw new IllegalStateException("payment " + id + " was not found for change");
        }
    }

    private static Payment payment(ResultSet row, int rowNumber) throws SQLException {
        var charge = new ReservationCharge(new ReservationId(row.getObject("reservation_id", UUID.class)),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                new CarId(row.getObject("car_id", UUID.class)), new Amount(row.getLong("amount")));
        var reference = row.getString("provider_reference");
        return Payment.restore(new PaymentId(row.getObject("id", UUID.class)),
                new IdempotencyKey(row.getString("idempotency_key")), charge,
                PaymentStatus.valueOf(row.getString("status")),
                reference == null ? null : new ProviderReference(reference), row.getLong("version"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }
}
