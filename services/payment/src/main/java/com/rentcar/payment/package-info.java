/**
 * Payment: the payments made for reservations, and the adapter to the payment provider (a third party).
 * <ul>
 * <li><b>Owns</b> payments, each named by the caller's idempotency key and {@code APPROVED}, {@code DECLINED} or
 * {@code CANCELLED} (with {@code PENDING} / {@code CANCELLING} while the provider is being asked). One key is
 * charged once, whatever the retries or races: the unique key in the database decides.</li>
 * <li><b>HTTP</b> (reservation service with role SERVICE; admins): {@code POST /api/payments},
 * {@code POST /api/payments/{id}/cancel}, {@code GET /api/payments/by-key/{key}}, {@code GET /api/payments/{id}},
 * {@code GET /api/payments}, and the drill switch {@code GET|PUT /api/payments/provider}.</li>
 * <li><b>Writes</b> to topic {@code payment-events}: {@code PaymentApproved} and {@code PaymentCancelled}
 * (schema 1.0, key = payment id), through the transactional outbox. A declined payment announces nothing.</li>
 * <li><b>Reads</b> no events.</li>
 * <li><b>Calls</b> the payment provider through the {@code PaymentProvider} port; the adapter is a simulated
 * provider inside the service, switchable to NORMAL, DECLINING, FAILING or SLOW.</li>
 * <li><b>Store</b>: its own PostgreSQL database {@code payment} (table {@code payment}, plus the platform's
 * {@code outbox_event} and {@code processed_event}).</li>
 * </ul>
 * Layers: {@code domain} (no framework), {@code application} (use cases and ports), {@code adapter.*}.
 */
package com.rentcar.payment;
