package com.rentcar.management.application;

import java.util.List;
import java.util.Optional;

import com.rentcar.management.domain.Car;
import com.rentcar.management.domain.CarId;
import com.rentcar.management.domain.PlateNumberAlreadyRegistered;

/** Where the cars are kept. */
public interface CarLedger {

    /**
     * Adds a newly registered car.
     *
     * @throws PlateNumberAlreadyRegistered when the store already holds its plate (the store decides, atomically)
     */
    void add(Car car);

    Optional<Car> find(CarId id);

    /** Finds a car for a change, keeping others from changing it until the transaction ends. */
    Optional<Car> findForChange(CarId id);

    /** Stores the new state of a car found with {@link #findForChange}. */
    void update(Car car);

    /** Every car matching the filter, in order of registration. */
    List<Car> list(CarFilter filter);

    /** One page of the cars matching the filter, in order of registration. */
    CarPage page(CarFilter filter, int page, int size);
}
