/**
 * The published contract of payment: topic {@code payment-events}, key = payment id, schema 1.0.
 * <ul>
 * <li>{@code PaymentApproved}: {@code {paymentId, reservationId, customerId, carId, amount, approvedAt}}</li>
 * <li>{@code PaymentCancelled}: {@code {paymentId, reservationId, customerId, carId, amount, cancelledAt}}</li>
 * </ul>
 * A declined payment announces nothing. Events go through the platform's transactional outbox, so they commit
 * with the change they announce.
 */
package com.rentcar.payment.adapter.messaging;
