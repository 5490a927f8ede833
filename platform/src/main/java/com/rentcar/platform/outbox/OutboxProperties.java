package com.rentcar.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param relayEnabled off only to reproduce a crash between commit and publish in tests
 * @param pollInterval how often the relay looks for events a crash left behind
 * @param batchSize how many staged events one transaction publishes
 * @param sendTimeout how long a batch may wait for the broker's acknowledgements
 * @param retention how long published events stay in the table
 */
@ConfigurationProperties("rentcar.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("1h") Duration retention) {
}
