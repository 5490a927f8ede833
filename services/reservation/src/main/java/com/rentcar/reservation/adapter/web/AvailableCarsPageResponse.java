package com.rentcar.reservation.adapter.web;

import java.util.List;

import com.rentcar.reservation.application.CarsOnOffer;

/** One page of the cars on offer, shaped like the car ledger's page: {@code page} counts from 0. */
record AvailableCarsPageResponse(List<AvailableCarResponse> content, int page, int size, long totalElements,
        boolean last) {

    static AvailableCarsPageResponse of(CarsOnOffer cars) {
        return new AvailableCarsPageResponse(cars.content().stream().map(AvailableCarResponse::of).toList(),
                cars.page(), cars.size(), cars.totalElements(), cars.last());
    }
}
