package com.rentcar.payment.application;

import com.rentcar.payment.domain.Amount;
import com.rentcar.payment.domain.IdempotencyKey;
import com.rentcar.payment.domain.ProviderReference;

/**
 * The third party that moves the money. Both calls are idempotent at the provider: asking again with the same
 * key (or the same reference) never charges or refunds twice, so a call whose answer was lost may be repeated.
 */
public interface PaymentProvider {

    /**
     * Asks the provider to take {@code amount}.
     *
     * @throws PaymentProviderUnavailable when the provider cannot answer now; nothing was charged
     */
    ProviderAnswer approve(IdempotencyKey key, Amount amount);

    /**
     * Asks the provider to give back the money of the charge {@code reference}.
     *
     * @throws PaymentProviderUnavailable when the provider cannot answer now; nothing was refunded
     */
    void cancel(IdempotencyKey key, ProviderReference reference);
}
