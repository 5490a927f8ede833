package com.rentcar.reservation.application;

import java.util.Optional;

import com.rentcar.reservation.domain.BookableCar;
import com.rentcar.reservation.domain.CarId;

/** This service's own copy of the fleet, built from management's events. */
public interface CarCatalogue {

    /** @return false when the car was known already (nothing changes then) */
    boolean add(BookableCar car);

    Optional<BookableCar> find(CarId id);

    /** Page {@code page} (from 0) of the cars no active reservation holds, in order of registration. */
    CarsOnOffer available(int page, int size);
}
