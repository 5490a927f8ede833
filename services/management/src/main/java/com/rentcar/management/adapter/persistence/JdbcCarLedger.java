package com.rentcar.management.adapter.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import com.rentcar.management.application.CarFilter;
import com.rentcar.management.application.CarLedger;
import com.rentcar.management.application.CarPage;
import com.rentcar.management.domain.Car;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.CarModel;
import com.rentcar.management.domain.CarStatus;
import com.rentcar.management.domain.DailyRate;
import com.rentcar.management.domain.PlateNumber;
import com.rentcar.management.domain.PlateNumberAlreadyRegistered;
import com.rentcar.management.domain.RentalId;

@Repository
class JdbcCarLedger implements CarLedger {

    private static final String REGISTRATION_ORDER = " order by registered_at, id";

    private final JdbcClient jdbc;

    JdbcCarLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unique constraint on {@code plate_number} decides, atomically, even between concurrent registrations. */
    @Override
    public void add(Car car) {
        int inserted = jdbc.sql("""
                insert into car (id, plate_number, model, daily_rate, status, version, registered_at, updated_at)
                values (:id, :plateNumber, :model, :dailyRate, :status, :version, :registeredAt, :updatedAt)
                on conflict on constraint car_plate_number_unique do nothing""")
                .param("id", car.id().value())
                .param("plateNumber", car.plateNumber().value())
                .param("model", car.model().value())
                .param("dailyRate", car.dailyRate().won())
                .param("status", car.status().name())
                .param("version", car.version())
                .param("registeredAt", Timestamp.from(car.registeredAt()))
                .param("updatedAt", Timestamp.from(car.updatedAt()))
                .update();
        if (inserted == 0) {
            throw new PlateNumberAlreadyRegistered(car.plateNumber());
        }
    }

    @Override
    public Optional<Car> find(CarId id) {
        return jdbc.sql("select * from car where id = :id").param("id", id.value())
                .query(JdbcCarLedger::car).optional();
    }

    /** {@code no key update}: the lock the update that follows takes anyway, since it changes no key. */
    @Override
    public Optional<Car> findForChange(CarId id) {
        return jdbc.sql("select * from car where id = :id for no key update").param("id", id.value())
                .query(JdbcCarLedger::car).optional();
    }

    /** Only the status and what follows it change once a car is registered. */
    @Override
    public void update(Car car) {
        int updated = jdbc.sql("""
                update car set status = :status, rental_id = :rentalId, earlier_rental_ids = :earlierRentalIds,
                               version = :version, updated_at = :updatedAt
                where id = :id""")
                .param("id", car.id().value())
                .param("status", car.status().name())
                .param("rentalId", car.rentalId().map(RentalId::value).orElse(null))
                .param("earlierRentalIds", new SqlArrayValue("uuid", car.earlierRentals().stream().map(RentalId::value)
                        .toArray()))
                .param("version", car.version())
                .param("updatedAt", Timestamp.from(car.updatedAt()))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("car " + car.id() + " was not found for change");
        }
    }

    @Override
    public List<Car> list(CarFilter filter) {
        var matching = Matching.of(filter);
        return jdbc.sql("select * from car" + matching.where() + REGISTRATION_ORDER)
                .params(matching.params())
                .query(JdbcCarLedger::car).list();
    }

    /** A page shorter than the size tells the total itself; only a full page or one beyond the end needs a count. */
    @Override
    public CarPage page(CarFilter filter, int page, int size) {
        var matching = Matching.of(filter);
        long offset = (long) page * size;
        var cars = jdbc.sql("select * from car" + matching.where() + REGISTRATION_ORDER + " limit :limit offset :offset")
                .params(matching.params())
                .param("limit", size)
                .param("offset", offset)
                .query(JdbcCarLedger::car).list();
        long total = cars.size() < size && (offset == 0 || !cars.isEmpty())
                ? offset + cars.size()
                : jdbc.sql("select count(*) from car" + matching.where()).params(matching.params())
                        .query(Long.class).single();
        return new CarPage(cars, page, size, total, offset + size >= total);
    }

    private static Car car(ResultSet row, int rowNumber) throws SQLException {
        var rental = row.getObject("rental_id", UUID.class);
        return Car.restore(new CarId(row.getObject("id", UUID.class)), new PlateNumber(row.getString("plate_number")),
                new CarModel(row.getString("model")), new DailyRate(row.getLong("daily_rate")),
                CarStatus.valueOf(row.getString("status")), rental == null ? null : new RentalId(rental),
                rentals(row.getArray("earlier_rental_ids")), row.getLong("version"),
                row.getTimestamp("registered_at").toInstant(), row.getTimestamp("updated_at").toInstant());
    }

    private static List<RentalId> rentals(Array ids) throws SQLException {
        try {
            return Arrays.stream((UUID[]) ids.getArray()).map(RentalId::new).toList();
        } finally {
            ids.free();
        }
    }

    /** A filter as SQL conditions and their parameters. */
    private record Matching(String where, Map<String, Object> params) {

        static Matching of(CarFilter filter) {
            var conditions = new ArrayList<String>();
            var params = new HashMap<String, Object>();
            filter.statusFilter().ifPresent(status -> {
                conditions.add("status = :status");
                params.put("status", status.name());
            });
            filter.modelFilter().ifPresent(model -> {
                conditions.add("lower(model) like :model escape '\\'");
                params.put("model", "%" + escapeLike(model.toLowerCase(Locale.ROOT)) + "%");
            });
            return new Matching(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }

        /** The text is searched for literally: % and _ typed by a user are not wildcards. */
        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
