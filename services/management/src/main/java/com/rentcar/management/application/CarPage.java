package com.rentcar.management.application;

import java.util.List;

import com.rentcar.management.domain.Car;

/** One page of the ledger: {@code page} counts from 0; {@code last} is true on the final (or an empty) page. */
public record CarPage(List<Car> content, int page, int size, long totalElements, boolean last) {

    public CarPage {
        content = List.copyOf(content);
    }
}
