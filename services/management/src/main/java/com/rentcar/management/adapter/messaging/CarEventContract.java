package com.rentcar.management.adapter.messaging;

import java.time.Instant;
import java.util.UUID;

import com.rentcar.management.domain.CarEvent;
import com.rentcar.management.domain.CarEvent.CarRegistered;
import com.rentcar.management.domain.CarEvent.CarStatusChanged;

/** The payloads of {@code car-events} as other services read them (schema 1.0). */
final class CarEventContract {

    static final String SCHEMA_VERSION = "1.0";

    private CarEventContract() {
    }

    record CarRegisteredV1(UUID carId, String plateNumber, String model, long dailyRate, String status, long version,
            Instant registeredAt) {
    }

    record CarStatusChangedV1(UUID carId, String status, long version, Instant changedAt) {
    }

    /** The event type on the wire: the domain event's name. */
    static String type(CarEvent event) {
        return switch (event) {
            case CarRegistered e -> "CarRegistered";
            case CarStatusChanged e -> "CarStatusChanged";
        };
    }

    static Object payload(CarEvent event) {
        return switch (event) {
            case CarRegistered e -> new CarRegisteredV1(e.carId().value(), e.plateNumber().value(), e.model().value(),
                    e.dailyRate().won(), e.status().name(), e.version(), e.registeredAt());
            case CarStatusChanged e -> new CarStatusChangedV1(e.carId().value(), e.status().name(), e.version(),
                    e.changedAt());
        };
    }
}
