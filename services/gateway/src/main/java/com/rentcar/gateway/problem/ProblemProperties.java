package com.rentcar.gateway.problem;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retryAfter what the gateway tells clients in {@code Retry-After} when a service (or the token keys)
 *                   is unavailable; short, because the runner restarts services within seconds
 */
@ConfigurationProperties("rentcar.gateway")
public record ProblemProperties(Duration retryAfter) {

    public ProblemProperties {
        if (retryAfter == null || retryAfter.toSeconds() < 1) {
            retryAfter = Duration.ofSeconds(5);
        }
    }

    public long retryAfterSeconds() {
        return retryAfter.toSeconds();
    }
}
