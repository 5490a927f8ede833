package com.rentcar.reservation.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.reservation.domain.BookableCar;

/**
 * Management registered a car: it joins this service's catalogue and can be reserved (F1: reservations
 * never need management to be up). A car already known is left as it is, so a redelivered or late
 * registration changes nothing.
 */
@Service
public class RecordingCarCatalogue {

    private final CarCatalogue catalogue;

    public RecordingCarCatalogue(CarCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @return false when the car was known already */
    @Transactional
    public boolean record(BookableCar car) {
        return catalogue.add(car);
    }
}
