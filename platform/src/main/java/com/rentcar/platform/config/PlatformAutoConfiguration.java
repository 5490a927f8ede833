package com.rentcar.platform.config;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.inbox.ProcessedEvents;
import com.rentcar.platform.kafka.DeadLetters;
import com.rentcar.platform.kafka.DomainTopics;
import com.rentcar.platform.kafka.KafkaTopicProperties;
import com.rentcar.platform.outbox.Outbox;
import com.rentcar.platform.outbox.OutboxProperties;
import com.rentcar.platform.outbox.OutboxRelay;
import com.rentcar.shared.tracing.SpanLog;
import com.rentcar.platform.tracing.TraceContexts;
import com.rentcar.platform.web.NoopController;
import com.rentcar.platform.web.ProblemDetailsAdvice;
import com.rentcar.platform.web.RequestBodyLimitFilter;
import com.rentcar.platform.web.StrictJson;

import tools.jackson.databind.json.JsonMapper;

/** Wires the plumbing into every service that depends on the platform module. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@EnableConfigurationProperties({OutboxProperties.class, KafkaTopicProperties.class})
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventEnvelopes eventEnvelopes(JsonMapper json, Environment environment, Clock clock) {
        return new EventEnvelopes(json, environment.getRequiredProperty("spring.application.name"), clock);
    }

    @Bean
    DomainTopics domainTopics(KafkaTopicProperties properties) {
        return new DomainTopics(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template) {
        return DeadLetters.errorHandler(template);
    }

    /**
     * Kafka listeners consume on platform threads of their own, while requests keep their virtual threads. A virtual
     * listener shares the few carrier threads with every request in flight, so under load the events wait behind the
     * requests: in ./rentcar bench on two cores, from a reset store each time, the median lag until the ledger showed
     * a reservation RENTED was 280 ms with platform listeners against 418 ms with virtual ones, and 268 against 539 ms
     * until My Page did, at the same throughput. A listener is one long-lived thread per partition anyway.
     * {@code rentcar.kafka.listeners-on-platform-threads=false} puts them back on virtual threads, to compare.
     */
    @Bean
    @ConditionalOnProperty(name = "rentcar.kafka.listeners-on-platform-threads", havingValue = "true", matchIfMissing = true)
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> listenersOnPlatformThreads() {
        return container -> {
            var threads = new SimpleAsyncTaskExecutor(container.getListenerId() + "-");
            threads.setVirtualThreads(false);
            container.getContainerProperties().setListenerTaskExecutor(threads);
        };
    }

    /** The trace carried through the outbox; none when tracing is off (no tracer, no propagator). */
    @Bean
    TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        var t = tracer.getIfAvailable();
        var p = propagator.getIfAvailable();
        return t == null || p == null ? TraceContexts.NONE : new TraceContexts(t, p);
    }

    /** Finished spans in the service's own log, for machines without a collector ({@code ./rentcar up --tracing}). */
    @Bean
    @ConditionalOnProperty(name = "rentcar.tracing.log-spans", havingValue = "true")
    SpanLog spanLog() {
        return new SpanLog();
    }

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** The no-op endpoint {@code ./rentcar bench} measures the gateway-to-service hop with. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    NoopController noopController() {
        return new NoopController();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(Environment environment) {
        var limit = environment.getProperty("rentcar.web.max-body-size", DataSize.class, DataSize.ofKilobytes(64));
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The outbox and the processed-event log live in the service's own database. A service without a relational
     * database (mypage keeps its read model in Kafka Streams state stores) gets the rest of the plumbing only.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(DataSource.class)
    static class DatabasePlumbing {

        @Bean
        OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
                OutboxProperties properties, TraceContexts traces) {
            return new OutboxRelay(jdbc, transactions, kafka, properties, traces);
        }

        @Bean
        Outbox outbox(JdbcClient jdbc, EventEnvelopes envelopes, OutboxRelay relay, TraceContexts traces) {
            return new Outbox(jdbc, envelopes, relay, traces);
        }

        /** {@code rentcar_outbox_backlog}: staged events not yet published (should stay near 0). */
        @Bean
        MeterBinder outboxBacklog(OutboxRelay relay) {
            return registry -> Gauge.builder("rentcar.outbox.backlog", relay, OutboxRelay::backlog)
                    .description("Events staged in the outbox and not yet published to Kafka")
                    .register(registry);
        }

        @Bean
        ProcessedEvents processedEvents(JdbcClient jdbc, TransactionTemplate transactions) {
            return new ProcessedEvents(jdbc, transactions);
        }
    }
}
