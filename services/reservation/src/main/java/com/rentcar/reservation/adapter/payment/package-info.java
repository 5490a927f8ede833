/**
 * The outgoing adapter to the payment service (T1, F2): synchronous HTTP with short timeouts
 * ({@code rentcar.payment-client.*}), behind the Resilience4j circuit breaker {@code payment}, whose fallback
 * answers at once with "unreachable, retry after N seconds". A call that broke after it was sent is
 * reported as an unknown outcome, so the use case looks the payment up by its idempotency key instead of
 * guessing. Calls carry a SERVICE bearer token that {@link com.rentcar.reservation.adapter.payment.ServiceTokens}
 * obtains by logging in to the customer service with this service's account. Calls go to payment's instances in
 * turn (Spring Cloud LoadBalancer over {@link com.rentcar.reservation.adapter.payment.PaymentInstances}).
 */
package com.rentcar.reservation.adapter.payment;
