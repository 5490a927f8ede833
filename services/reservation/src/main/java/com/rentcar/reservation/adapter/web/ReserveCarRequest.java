package com.rentcar.reservation.adapter.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** {@code POST /api/reservations}: which car, from which day to which day (ISO dates, e.g. 2026-12-01). */
record ReserveCarRequest(@NotNull UUID carId, @NotNull LocalDate pickupDate, @NotNull LocalDate returnDate) {
}
