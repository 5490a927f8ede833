package com.rentcar.rental.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rentcar.rental.domain.Rental;
import com.rentcar.rental.domain.RentalId;
import com.rentcar.rental.domain.RentalNotFound;
import com.rentcar.rental.domain.RentalStatus;

/** Staff look at the rentals: all of them or those in one status, newest first, or one. */
@Service
@Transactional(readOnly = true)
public class ViewingRentals {

    private final Rentals rentals;

    public ViewingRentals(Rentals rentals) {
        this.rentals = rentals;
    }

    /** @throws RentalNotFound when no rental has this id */
    public Rental one(RentalId id) {
        return rentals.find(id).orElseThrow(() -> new RentalNotFound(id));
    }

    public List<Rental> newestFirst(Optional<RentalStatus> status) {
        return rentals.list(status);
    }
}
