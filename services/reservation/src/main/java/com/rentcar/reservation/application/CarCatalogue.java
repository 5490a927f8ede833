package com.rentcar.reservation.application;

import java.util.List;
import java.util.Optional;

import com.rentcar.reservation.domain.BookableCar;
import com.rentcar.reservation.domain.CarId;

/** This service's own copy of the fleet, built from management's events. */
public interface CarCatalogue {

    /** @return false when the car was known already (nothing changes then) */
    boolean add(BookableCar car);

    Optional<BookableCar> find(CarId id);

    /** The cars no active reservation holds, in order of registration. */
    List<BookableCar> available();
}
