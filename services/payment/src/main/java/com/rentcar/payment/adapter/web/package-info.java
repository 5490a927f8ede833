/**
 * The HTTP API of payment. Callers are the reservation service (a service-account token, role SERVICE) and
 * admins; customers never call payment directly.
 * <ul>
 * <li>{@code POST /api/payments} (SERVICE): charge; 201 APPROVED or DECLINED, 200 for a repeated key.</li>
 * <li>{@code GET /api/payments/by-key/{idempotencyKey}} (SERVICE, ADMIN): reconcile a call that timed out.</li>
 * <li>{@code GET /api/payments/{id}} (SERVICE, ADMIN), {@code GET /api/payments} (ADMIN; {@code reservationId},
 * {@code limit}).</li>
 * <li>{@code POST /api/payments/{id}/cancel} (SERVICE): refund once; repeated cancels answer the same.</li>
 * <li>{@code GET|PUT /api/payments/provider} (ADMIN): the simulated provider's drill and benchmark switch.</li>
 * </ul>
 */
package com.rentcar.payment.adapter.web;
