/**
 * Reservation's side of the event contract (contracts/events.md).
 * <ul>
 * <li><b>Writes</b> topic {@code reservation-events} (key = reservation id, schema 1.0), through the
 * transactional outbox: {@code ReservationConfirmed}, {@code ReservationCancelPending},
 * {@code ReservationCancelled}, {@code ReservationCompleted}.</li>
 * <li><b>Reads</b> {@code car-events} ({@code CarRegistered} builds the car catalogue) and
 * {@code rental-events} ({@code CarReturned} completes the reservation); other types are skipped. Both
 * consumers accept schema major 1, are idempotent (processed-event log) and send a message that breaks
 * the contract to {@code <topic>.DLT}.</li>
 * </ul>
 */
package com.rentcar.reservation.adapter.messaging;
