package com.rentcar.management.adapter.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Repository;

import com.rentcar.management.application.CarFilter;
import com.rentcar.management.application.CarLedger;
import com.rentcar.management.application.CarPage;
import com.rentcar.management.domain.Car;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.PlateNumberAlreadyRegistered;

@Repository
class JpaCarLedger implements CarLedger {

    private static final Sort REGISTRATION_ORDER = Sort.by("registeredAt", "id");

    private final SpringDataCars cars;

    JpaCarLedger(SpringDataCars cars) {
        this.cars = cars;
    }

    @Override
    public void add(Car car) {
        int inserted = cars.insertUnlessPlateTaken(car.id().value(), car.plateNumber().value(), car.model().value(),
                car.dailyRate().won(), car.status().name(), car.version(), car.registeredAt(), car.updatedAt());
        if (inserted == 0) {
            throw new PlateNumberAlreadyRegistered(car.plateNumber());
        }
    }

    @Override
    public Optional<Car> find(CarId id) {
        return cars.findById(id.value()).map(CarEntity::toDomain);
    }

    @Override
    public Optional<Car> findForChange(CarId id) {
        return cars.findForUpdate(id.value()).map(CarEntity::toDomain);
    }

    @Override
    public void update(Car car) {
        var entity = cars.findById(car.id().value())
                .orElseThrow(() -> new IllegalStateException("car " + car.id() + " was not found for change"));
        entity.changeTo(car);
    }

    @Override
    public List<Car> list(CarFilter filter) {
        return cars.findAll(matching(filter), REGISTRATION_ORDER).stream().map(CarEntity::toDomain).toList();
    }

    @Override
    public CarPage page(CarFilter filter, int page, int size) {
        var found = cars.findAll(matching(filter), PageRequest.of(page, size, REGISTRATION_ORDER));
        return new CarPage(found.map(CarEntity::toDomain).getContent(), page, size, found.getTotalElements(),
                found.isLast());
    }

    private static Specification<CarEntity> matching(CarFilter filter) {
        Specification<CarEntity> spec = Specification.unrestricted();
        if (filter.statusFilter().isPresent()) {
            var status = filter.statusFilter().get();
            spec = spec.and((car, query, cb) -> cb.equal(car.get("status"), status));
        }
        if (filter.modelFilter().isPresent()) {
            var pattern = "%" + escapeLike(filter.modelFilter().get().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((car, query, cb) -> cb.like(cb.lower(car.get("model")), pattern, '\\'));
        }
        return spec;
    }

    /** The text is searched for literally: % and _ typed by a user are not wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
