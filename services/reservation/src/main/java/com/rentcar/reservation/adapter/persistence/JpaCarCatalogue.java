package com.rentcar.reservation.adapter.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import com.rentcar.reservation.application.CarCatalogue;
import com.rentcar.reservation.domain.BookableCar;
import com.rentcar.reservation.domain.CarId;

@Repository
class JpaCarCatalogue implements CarCatalogue {

    private final SpringDataBookableCars cars;

    JpaCarCatalogue(SpringDataBookableCars cars) {
        this.cars = cars;
    }

    @Override
    public boolean add(BookableCar car) {
        return cars.insertUnlessKnown(car.id().value(), car.plateNumber(), car.model(), car.dailyRate().won(),
                car.registeredAt()) == 1;
    }

    @Override
    public Optional<BookableCar> find(CarId id) {
        return cars.findById(id.value()).map(BookableCarEntity::toDomain);
    }

    @Override
    public List<BookableCar> available() {
        return cars.findAvailable().stream().map(BookableCarEntity::toDomain).toList();
    }
}
