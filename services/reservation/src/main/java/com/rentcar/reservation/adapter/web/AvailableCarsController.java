package com.rentcar.reservation.adapter.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.reservation.application.ListingAvailableCars;

@RestController
class AvailableCarsController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 1_000_000;

    private final ListingAvailableCars listing;

    AvailableCarsController(ListingAvailableCars listing) {
        this.listing = listing;
    }

    /**
     * One page of the cars no active reservation holds, in order of registration; works while management is down
     * (F1). {@code page} counts from 0; out-of-range values are a 400 naming the parameter.
     */
    @GetMapping("/api/available-cars")
    AvailableCarsPageResponse available(@RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
        return AvailableCarsPageResponse.of(listing.available(page, size));
    }
}
