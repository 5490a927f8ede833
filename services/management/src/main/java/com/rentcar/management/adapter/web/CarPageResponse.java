package com.rentcar.management.adapter.web;

import java.util.List;

import com.rentcar.management.application.CarPage;

/** One page of the ledger; {@code page} counts from 0. */
record CarPageResponse(List<CarResponse> content, int page, int size, long totalElements, boolean last) {

    static CarPageResponse of(CarPage page) {
        return new CarPageResponse(page.content().stream().map(CarResponse::of).toList(), page.page(), page.size(),
                page.totalElements(), page.last());
    }
}
