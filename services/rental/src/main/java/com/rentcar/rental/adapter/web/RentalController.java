package com.rentcar.rental.adapter.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rentcar.rental.application.RecordingReturn;
import com.rentcar.rental.application.ViewingRentals;
import com.rentcar.rental.domain.RentalId;
import com.rentcar.rental.domain.RentalStatus;

/** The rentals for staff: list them (newest first), look one up, record a car's return. */
@RestController
@RequestMapping(RentalController.RENTALS)
class RentalController {

    static final String RENTALS = "/api/rentals";

    private final ViewingRentals viewing;
    private final RecordingReturn returning;

    RentalController(ViewingRentals viewing, RecordingReturn returning) {
        this.viewing = viewing;
        this.returning = returning;
    }

    @GetMapping
    List<RentalResponse> rentals(@RequestParam(required = false) RentalStatus status) {
        return viewing.newestFirst(Optional.ofNullable(status)).stream().map(RentalResponse::of).toList();
    }

    @GetMapping("/{id}")
    RentalResponse rental(@PathVariable UUID id) {
        return RentalResponse.of(viewing.one(new RentalId(id)));
    }

    /** 200 with the returned rental; recording the return again answers the same, announcing nothing twice. */
    @PostMapping("/{id}/return")
    RentalResponse recordReturn(@PathVariable UUID id) {
        return RentalResponse.of(returning.recordReturn(new RentalId(id)));
    }
}
