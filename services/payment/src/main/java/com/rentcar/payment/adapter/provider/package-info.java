/**
 * The payment provider adapter. Locally (and in every environment until a real provider is contracted) it is
 * {@link com.rentcar.payment.adapter.provider.SimulatedPaymentProvider}, behind the same
 * {@link com.rentcar.payment.application.PaymentProvider} port a real adapter would implement. Its behaviour is the
 * drill and benchmark switch: {@code PUT /api/payments/provider} (admin) with {@code {mode, delayMs}}, or
 * {@code rentcar.payment.provider.mode / delay} at start-up.
 */
package com.rentcar.payment.adapter.provider;
