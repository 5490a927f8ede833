/**
 * Rental's events. Reads {@code payment-events} (group {@code rental}): {@code PaymentApproved},
 * {@code PaymentCancelled}; writes {@code rental-events}, key = rental id, schema 1.0:
 * <ul>
 * <li>{@code Rented}: {@code {rentalId, reservationId, paymentId, customerId, carId, rentedAt}}</li>
 * <li>{@code RentalCancelled}: {@code {rentalId, reservationId, paymentId, customerId, carId, cancelledAt}}</li>
 * <li>{@code CarReturned}: {@code {rentalId, reservationId, customerId, carId, returnedAt}}</li>
 * </ul>
 * Events go through the platform's transactional outbox, so they commit with the change they announce.
 */
package com.rentcar.rental.adapter.messaging;
