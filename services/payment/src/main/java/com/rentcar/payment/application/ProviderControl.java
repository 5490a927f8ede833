package com.rentcar.payment.application;

/** The drill switch of a provider that can be told how to behave (the simulated one). */
public interface ProviderControl {

    ProviderSettings settings();

    /** Applies to every provider call that starts from now on. */
    ProviderSettings switchTo(ProviderSettings settings);
}
