package com.rentcar.gateway.tracing;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.rentcar.shared.tracing.SpanLog;

/** Finished spans in the gateway's log when {@code rentcar.tracing.log-spans=true} (no collector reachable). */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

    @Bean
    @ConditionalOnProperty(name = "rentcar.tracing.log-spans", havingValue = "true")
    SpanLog spanLog() {
        return new SpanLog();
    }
}
