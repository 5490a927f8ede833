/**
 * The car ledger's side of the event contract (contracts/events.md). Writes topic {@code car-events}, key = car id,
 * schema 1.0:
 * <ul>
 * <li>{@code CarRegistered}: {@code {carId, plateNumber, model, dailyRate, status, version, registeredAt}}</li>
 * <li>{@code CarStatusChanged}: {@code {carId, status, version, changedAt}}</li>
 * </ul>
 * Events go through the platform's transactional outbox, so they commit with the change they announce.
 * <p>
 * Reads rental's {@code rental-events} (consumer group {@code management}, schema major 1): {@code Rented} rents the
 * car out, {@code RentalCancelled} and {@code CarReturned} make it available again when that rental holds it; other
 * types are skipped. Each event is applied once (processed-event log); an event about a car the ledger does not hold
 * is logged and skipped; a message that breaks the contract goes to {@code rental-events.DLT}. Management does not
 * declare {@code rental-events}: rental owns it.
 */
package com.rentcar.management.adapter.messaging;
