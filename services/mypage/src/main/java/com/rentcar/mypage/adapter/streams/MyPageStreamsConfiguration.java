package com.rentcar.mypage.adapter.streams;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.KStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.core.KafkaAdmin;

import com.rentcar.mypage.application.MyPageStore;
import com.rentcar.mypage.application.ProjectingMyPage;
import com.rentcar.mypage.domain.CustomerActivity;
import com.rentcar.platform.events.EventEnvelopes;
import com.rentcar.platform.tracing.TraceContexts;
import com.rentcar.platform.kafka.DomainTopics;

/**
 * Runs the topology with Spring Kafka's {@link StreamsBuilderFactoryBean}; its settings come from
 * {@code spring.kafka.streams.*} (application id, state directory, exactly-once, commit interval).
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class MyPageStreamsConfiguration {

    /**
     * Starts after the web server (whose port is the advertised address) and stops after the web server stopped
     * taking requests (graceful shutdown), so requests in flight still find the store open.
     */
    private static final int STREAMS_PHASE = Integer.MAX_VALUE - 1500;
    private static final Logger log = LoggerFactory.getLogger(MyPageStreamsConfiguration.class);

    @Bean
    KStream<String, CustomerActivity> myPageActivities(StreamsBuilder builder, EventEnvelopes envelopes,
            ProjectingMyPage projecting, TraceContexts traces) {
        return MyPageTopology.define(builder, new CustomerActivityContract(envelopes), projecting, traces);
    }

    /*
     * The topics My Page reads and their dead-letter topics, declared here too (declaring a topic that exists
     * changes nothing) so that My Page can start before the services that own them.
     */

    @Bean
    KafkaAdmin.NewTopics customerEventsTopics(DomainTopics topics) {
        return topics.declare(MyPageTopology.CUSTOMER_EVENTS);
    }

    @Bean
    KafkaAdmin.NewTopics reservationEventsTopics(DomainTopics topics) {
        return topics.declare(MyPageTopology.RESERVATION_EVENTS);
    }

    @Bean
    KafkaAdmin.NewTopics paymentEventsTopics(DomainTopics topics) {
        return topics.declare(MyPageTopology.PAYMENT_EVENTS);
    }

    @Bean
    KafkaAdmin.NewTopics rentalEventsTopics(DomainTopics topics) {
        return topics.declare(MyPageTopology.RENTAL_EVENTS);
    }

    @Bean
    StreamsBuilderFactoryBeanConfigurer myPageStreamsLifecycle() {
        return factory -> {
            factory.setPhase(STREAMS_PHASE);
            // hand this instance's pages to the others at once on shutdown instead of after the session timeout
            factory.setLeaveGroupOnClose(true);
            factory.setStreamsUncaughtExceptionHandler(failure -> {
                log.error("A My Page stream thread failed; replacing it", failure);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
        };
    }

    @Bean
    AdvertisedAddress advertisedAddress(StreamsBuilderFactoryBean streams,
            @Value("${rentcar.mypage.advertised-host:localhost}") String host) {
        return new AdvertisedAddress(streams, host);
    }

    @Bean
    MyPageStore myPageStore(StreamsBuilderFactoryBean streams, AdvertisedAddress address) {
        return new StreamsMyPageStore(streams, address);
    }

    @Bean
    StreamsHealthIndicator kafkaStreamsHealthIndicator(StreamsBuilderFactoryBean streams) {
        return new StreamsHealthIndicator(streams);
    }
}
