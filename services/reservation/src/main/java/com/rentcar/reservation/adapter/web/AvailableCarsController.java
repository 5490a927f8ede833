package com.rentcar.reservation.adapter.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.platform.web.PageNumber;
import com.rentcar.platform.web.PageResponse;
import com.rentcar.platform.web.PageSize;
import com.rentcar.reservation.application.ListingAvailableCars;

@RestController
class AvailableCarsController {

    private final ListingAvailableCars listing;

    AvailableCarsController(ListingAvailableCars listing) {
        this.listing = listing;
    }

    /**
     * One page of the cars no active reservation holds, in order of registration; works while management is down
     * (F1). {@code page} counts from 0; out-of-range values are a 400 naming the parameter.
     */
    @GetMapping("/api/available-cars")
    PageResponse<AvailableCarResponse> available(@RequestParam(defaultValue = PageNumber.FIRST) @PageNumber int page,
            @RequestParam(defaultValue = PageSize.DEFAULT) @PageSize int size) {
        var cars = listing.available(page, size);
        return PageResponse.of(cars.content(), AvailableCarResponse::of, cars.page(), cars.size(), cars.totalElements(),
                cars.last());
    }
}
