package com.rentcar.management.application;

import java.util.Optional;

import com.rentcar.management.domain.CarStatus;

/**
 * Which cars of the ledger to show.
 *
 * @param status only cars in this status, when given
 * @param modelContains only cars whose model contains this text, ignoring case, when given and not blank
 */
public record CarFilter(CarStatus status, String modelContains) {

    public static final CarFilter ALL = new CarFilter(null, null);

    public CarFilter {
        modelContains = modelContains == null || modelContains.isBlank() ? null : modelContains.strip();
    }

    public Optional<CarStatus> statusFilter() {
        return Optional.ofNullable(status);
    }

    public Optional<String> modelFilter() {
        return Optional.ofNullable(modelContains);
    }
}
