package com.rentcar.payment.adapter.web;

import com.rentcar.payment.application.ProviderMode;
import com.rentcar.payment.application.ProviderSettings;

/** The simulated provider's current behaviour. */
record ProviderSettingsResponse(ProviderMode mode, long delayMs) {

    static ProviderSettingsResponse of(ProviderSettings settings) {
        return new ProviderSettingsResponse(settings.mode(), settings.delay().toMillis());
    }
}
