package com.rentcar.reservation.adapter.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.reservation.application.ListingAvailableCars;

@RestController
class AvailableCarsController {

    private final ListingAvailableCars listing;

    AvailableCarsController(ListingAvailableCars listing) {
        this.listing = listing;
    }

    /** The cars no active reservation holds, in order of registration; works while management is down (F1). */
    @GetMapping("/api/available-cars")
    List<AvailableCarResponse> available() {
        return listing.available().stream().map(AvailableCarResponse::of).toList();
    }
}
