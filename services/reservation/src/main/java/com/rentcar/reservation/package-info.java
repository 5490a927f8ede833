/**
 * Reservation: customers reserve a car for a period and pay in the same step; they cancel (refunded at
 * once, or as soon as payment is back).
 * <ul>
 * <li><b>Owns</b> reservations ({@code CONFIRMED}, {@code CANCEL_PENDING}, {@code CANCELLED}, {@code COMPLETED};
 * internally {@code PAYMENT_PENDING} / {@code PAYMENT_ABANDONED}, never shown) and its own copy of the cars
 * that can be booked, so it works with management down (F1).</li>
 * <li><b>HTTP</b>: {@code GET /api/available-cars} (customer, admin; a page at a time), {@code POST /api/reservations} (customer),
 * {@code GET /api/reservations}, {@code GET /api/reservations/{id}} (owner or admin),
 * {@code POST /api/reservations/{id}/cancel} (owner).</li>
 * <li><b>Calls</b> payment synchronously (T1) behind the circuit breaker {@code payment} (F2), with a SERVICE
 * token from the customer service's login.</li>
 * <li><b>Writes</b> {@code reservation-events}: {@code ReservationConfirmed}, {@code ReservationCancelPending},
 * {@code ReservationCancelled}, {@code ReservationCompleted} (schema 1.0, key = reservation id), through
 * the transactional outbox.</li>
 * <li><b>Reads</b> {@code car-events} ({@code CarRegistered}) and {@code rental-events} ({@code CarReturned}).</li>
 * <li><b>Store</b>: its own PostgreSQL database {@code reservation} (tables {@code reservation},
 * {@code bookable_car}, plus the platform's {@code outbox_event} and {@code processed_event}). A partial
 * unique index makes double booking impossible.</li>
 * </ul>
 * Layers: {@code domain} (no framework), {@code application} (use cases and ports), {@code adapter.*}.
 */
package com.rentcar.reservation;
