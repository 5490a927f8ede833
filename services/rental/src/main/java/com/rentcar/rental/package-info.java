/**
 * Rental: the rentals of paid reservations, from the car handed over to its return (FR3, FR7, returns).
 * <ul>
 * <li><b>Owns</b> rentals, one per reservation at most, each {@code RENTED}, then {@code CANCELLED} (its payment was
 * cancelled) or {@code RETURNED} (an admin recorded the return). A car is held by at most one RENTED rental. The
 * database's unique reservation and partial unique index on the car decide, whatever the concurrency.</li>
 * <li><b>HTTP</b> (admins only): {@code GET /api/rentals[?status=]}, {@code GET /api/rentals/{id}},
 * {@code POST /api/rentals/{id}/return}.</li>
 * <li><b>Writes</b> to topic {@code rental-events}: {@code Rented}, {@code RentalCancelled}, {@code CarReturned}
 * (schema 1.0, key = rental id), through the transactional outbox.</li>
 * <li><b>Reads</b> topic {@code payment-events} (group {@code rental}): {@code PaymentApproved} starts a rental,
 * {@code PaymentCancelled} cancels it; each event applied once, contract breakers to {@code payment-events.DLT}.</li>
 * <li><b>Store</b>: its own PostgreSQL database {@code rental} (table {@code rental}, plus the platform's
 * {@code outbox_event} and {@code processed_event}).</li>
 * </ul>
 * Layers: {@code domain} (no framework), {@code application} (use cases and ports), {@code adapter.*}.
 */
package com.rentcar.rental;
