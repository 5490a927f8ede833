/**
 * Use cases of payment, named as the business names them, and the ports they need:
 * {@link com.rentcar.payment.application.Payments} (where payments are kept),
 * {@link com.rentcar.payment.application.PaymentEventPublisher} (how their events leave, with the change),
 * {@link com.rentcar.payment.application.PaymentProvider} (the third party that moves the money) and
 * {@link com.rentcar.payment.application.ProviderControl} (the simulated provider's drill switch).
 * No call to the provider runs inside a database transaction: a payment is recorded as waiting in one short
 * transaction, the provider is asked, and its answer is recorded with its event in another.
 */
package com.rentcar.payment.application;
