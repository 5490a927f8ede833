package com.rentcar.payment.adapter.provider;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.rentcar.payment.application.ProviderMode;

/**
 * How the simulated provider behaves when the service starts (e.g. SLOW for a benchmark run).
 *
 * @param mode NORMAL, DECLINING, FAILING or SLOW
 * @param delay how long each answer takes in SLOW mode
 */
@ConfigurationProperties("rentcar.payment.provider")
record SimulatedProviderProperties(@DefaultValue("NORMAL") ProviderMode mode, @DefaultValue("5s") Duration delay) {
}
