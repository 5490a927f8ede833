package com.rentcar.reservation.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.reservation.domain.BookableCar;

/** Customers browse the cars they can reserve now: registered and held by no active reservation. */
@Service
@Transactional(readOnly = true)
public class ListingAvailableCars {

    private final CarCatalogue catalogue;

    public ListingAvailableCars(CarCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<BookableCar> available() {
        return catalogue.available();
    }
}
