package com.rentcar.reservation.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers browse the cars they can reserve now: registered and held by no active reservation. */
@Service
@Transactional(readOnly = true)
public class ListingAvailableCars {

    private final CarCatalogue catalogue;

    public ListingAvailableCars(CarCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Page {@code page} (from 0) of {@code size} cars; the page is cut by the store, not here. */
    public CarsOnOffer available(int page, int size) {
        return catalogue.available(page, size);
    }
}
