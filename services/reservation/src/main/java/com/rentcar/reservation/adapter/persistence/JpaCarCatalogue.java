package com.rentcar.reservation.adapter.persistence;

import java.util.Optional;

import org.springframework.stereotype.Repository;

import com.rentcar.reservation.application.CarCatalogue;
import com.rentcar.reservation.application.CarsOnOffer;
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
    public CarsOnOffer available(int page, int size) {
        var content = cars.findAvailable(size, (long) page * size).stream().map(BookableCarEntity::toDomain).toList();
        return new CarsOnOffer(content, page, size, cars.countAvailable());
    }
}
