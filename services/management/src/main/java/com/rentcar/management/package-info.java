/**
 * Management: the car ledger (차량 원부) of the rental company.
 * <ul>
 * <li><b>Owns</b> the cars the company has registered, each with its live status {@code AVAILABLE}
 * (대여가능) or {@code RENTED} (대여중) and an aggregate version that grows with every change.</li>
 * <li><b>HTTP</b> (admins only): {@code POST /api/cars}, {@code GET /api/cars} (whole ledger, or paged with
 * {@code page}/{@code size}; filters {@code status}, {@code model}), {@code GET /api/cars/{id}}.</li>
 * <li><b>Writes</b> to topic {@code car-events}: {@code CarRegistered} and {@code CarStatusChanged}
 * (schema 1.0, key = car id), through the transactional outbox.</li>
 * <li><b>Reads</b> topic {@code rental-events} (group {@code management}): {@code Rented} rents the car out to that
 * rental; {@code RentalCancelled} and {@code CarReturned} make it available again when that rental holds it. Late,
 * repeated or out-of-order events never move a car back to a wrong status.</li>
 * <li><b>Store</b>: its own PostgreSQL database {@code management} (table {@code car}, plus the platform's
 * {@code outbox_event} and {@code processed_event}).</li>
 * </ul>
 * Layers: {@code domain} (no framework), {@code application} (use cases and ports), {@code adapter.*}.
 */
package com.rentcar.management;
