package com.rentcar.reservation.application;

import java.util.List;

import com.rentcar.reservation.domain.BookableCar;

/**
 * One page of the cars on offer, in order of registration: {@code page} counts from 0, {@code totalElements} is how
 * many cars are on offer in all.
 */
public record CarsOnOffer(List<BookableCar> content, int page, int size, long totalElements) {

    public CarsOnOffer {
        content = List.copyOf(content);
    }

    /** True on the final page, and on any page beyond it. */
    public boolean last() {
        return (long) (page + 1) * size >= totalElements;
    }
}
