/**
 * The published contract of the car ledger: topic {@code car-events}, key = car id, schema 1.0.
 * <ul>
 * <li>{@code CarRegistered}: {@code {carId, plateNumber, model, dailyRate, status, version, registeredAt}}</li>
 * <li>{@code CarStatusChanged}: {@code {carId, status, version, changedAt}}</li>
 * </ul>
 * Events go through the platform's transactional outbox, so they commit with the change they announce.
 */
package com.rentcar.management.adapter.messaging;
