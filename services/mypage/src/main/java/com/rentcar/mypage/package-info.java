/**
 * My Page: the customer read model (CQRS, FR11, P1), built only from events.
 * <ul>
 * <li><b>Owns</b> one page per customer: the profile and the history of reservations with their reservation,
 * payment and rental statuses, car plate and model, period, amount and when each last changed.</li>
 * <li><b>HTTP</b>: {@code GET /api/mypage} (CUSTOMER, the caller's own page), {@code GET /api/mypage/{customerId}}
 * (ADMIN). It answers while every write-side service is down: it reads only its own store.</li>
 * <li><b>Reads</b> {@code customer-events} (CustomerRegistered), {@code reservation-events} (ReservationConfirmed,
 * ReservationCancelPending, ReservationCancelled, ReservationCompleted), {@code payment-events} (PaymentApproved,
 * PaymentCancelled) and {@code rental-events} (Rented, RentalCancelled, CarReturned), schema major 1; anything that
 * breaks the contract goes to {@code <topic>.DLT}.</li>
 * <li><b>Writes</b> no events (only dead letters, and the stream's own repartition and changelog topics).</li>
 * <li><b>Store</b>: no relational database. A Kafka Streams application ({@code application.id} mypage,
 * exactly-once) keeps the pages in a persistent RocksDB key-value store under {@code rentcar.mypage.state-dir},
 * backed by a compacted changelog topic, and answers from it with interactive queries; with several instances each
 * keeps a share of the customers and a request for another's page is forwarded to it.</li>
 * </ul>
 * Layers: {@code domain} (no framework), {@code application} (use cases and the store port), {@code adapter.*}.
 */
package com.rentcar.mypage;
