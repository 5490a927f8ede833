package com.rentcar.reservation.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.rentcar.reservation.application.CarCatalogue;
import com.rentcar.reservation.application.CarsOnOffer;
import com.rentcar.reservation.domain.BookableCar;
import com.rentcar.reservation.domain.CarId;
import com.rentcar.reservation.domain.Money;

@Repository
class JdbcCarCatalogue implements CarCatalogue {

    /** No active reservation holds the car (index {@code reservation_one_active_per_car}). */
    private static final String ON_OFFER = """
            not exists (select 1 from reservation r where r.car_id = c.id
                        and r.status in ('PAYMENT_PENDING', 'CONFIRMED', 'CANCEL_PENDING'))""";

    private final JdbcClient jdbc;

    JdbcCarCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(BookableCar car) {
        return jdbc.sql("""
                insert into bookable_car (id, plate_number, model, daily_rate, registered_at)
                values (:id, :plateNumber, :model, :dailyRate, :registeredAt)
                on conflict (id) do nothing""")
                .param("id", car.id().value())
                .param("plateNumber", car.plateNumber())
                .param("model", car.model())
                .param("dailyRate", car.dailyRate().won())
                .param("registeredAt", Timestamp.from(car.registeredAt()))
                .update() == 1;
    }

    @Override
    public Optional<BookableCar> find(CarId id) {
        return jdbc.sql("select * from bookable_car where id = :id")
                .param("id", id.value())
                .query(JdbcCarCatalogue::car)
                .optional();
    }

    /** One page in order of registration (index {@code bookable_car_registration_order}). */
    @Override
    public CarsOnOffer available(int page, int size) {
        var content = jdbc.sql("select c.* from bookable_car c where " + ON_OFFER + """

                order by c.registered_at, c.id
                limit :limit offset :offset""")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(JdbcCarCatalogue::car)
                .list();
        long total = jdbc.sql("select count(*) from bookable_car c where " + ON_OFFER).query(Long.class).single();
        return new CarsOnOffer(content, page, size, total);
    }

    private static BookableCar car(ResultSet row, int rowNumber) throws SQLException {
        return new BookableCar(new CarId(row.getObject("id", UUID.class)), row.getString("plate_number"),
                row.getString("model"), new Money(row.getLong("daily_rate")),
                row.getTimestamp("registered_at").toInstant());
    }
}
