package com.rentcar.payment.application;

import com.rentcar.payment.domain.ProviderReference;

/** What the provider decided about a charge. */
public sealed interface ProviderAnswer {

    /** The money was taken; {@code reference} names the charge at the provider. */
    record Approved(ProviderReference reference) implements ProviderAnswer {
    }

    /** The charge was refused (card declined, limit reached ...); nothing was taken. */
    record Declined(String reason) implements ProviderAnswer {
    }
}
