package com.rentcar.mypage.adapter.streams;

import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import com.rentcar.mypage.adapter.streams.ActivityReading.Accepted;
import com.rentcar.mypage.adapter.streams.ActivityReading.Rejected;
import com.rentcar.mypage.application.ProjectingMyPage;
import com.rentcar.mypage.domain.CustomerActivity;
import com.rentcar.platform.kafka.DomainTopics;
import com.rentcar.platform.tracing.TraceContexts;

/**
 * The stream processing behind My Page:
 * <pre>
 * customer-events ─┐
 * reservation-events ─┤ read each message ── rejected ──▶ &lt;topic&gt;.DLT (reason in kafka_dlt-exception-message)
 * payment-events ─┤        │
 * rental-events ──┘        └─ accepted ─▶ key by customer id ─▶ repartition ─▶ fold into the part of the
 *                                                                              customer's page it is about
 *                                                                              (store mypage-pages, RocksDB)
 * </pre>
 * Events are keyed by the aggregate they are about (reservation, payment, rental); re-keying by customer id puts
 * all of a customer's activity on one partition, so one instance owns each page. The store keeps each page in parts
 * ({@link PageParts}): a customer's hundredth reservation costs what the first did.
 */
public final class MyPageTopology {

    public static final String CUSTOMER_EVENTS = "customer-events";
    public static final String RESERVATION_EVENTS = "reservation-events";
    public static final String PAYMENT_EVENTS = "payment-events";
    public static final String RENTAL_EVENTS = "rental-events";
    public static final List<String> SOURCES = List.of(CUSTOMER_EVENTS, RESERVATION_EVENTS, PAYMENT_EVENTS,
            RENTAL_EVENTS);

    /** The store of pages, in parts: {@code <customer>/} → profile, {@code <customer>/<reservation>} → entry. */
    public static final String STORE = "mypage-pages";
    /** Names the repartition topic ({@code <application.id>-activity-by-customer-repartition}). */
    static final String BY_CUSTOMER = "activity-by-customer";

    private MyPageTopology() {
    }

    static KStream<String, CustomerActivity> define(StreamsBuilder builder, CustomerActivityContract contract,
            ProjectingMyPage projecting) {
        return define(builder, contract, projecting, TraceContexts.NONE);
    }

    /** @return the activities, keyed by customer id, as they are folded into the pages */
    static KStream<String, CustomerActivity> define(StreamsBuilder builder, CustomerActivityContract contract,
            ProjectingMyPage projecting, TraceContexts traces) {
        KStream<String, CustomerActivity> activities = null;
        for (var topic : SOURCES) {
            var accepted = readable(builder, topic, contract, traces);
            activities = activities == null ? accepted : activities.merge(accepted, Named.as("merge-" + topic));
        }
        // timestamped, as the aggregate that kept whole pages had it: the same RocksDB layout, so an instance's store
        // from before opens as it is
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(Stores.persistentTimestampedKeyValueStore(STORE),
                Serdes.String(), StoreJson.pages()));
        var byCustomer = activities
                .selectKey((aggregateId, activity) -> activity.customerId().toString(), Named.as("key-by-customer"))
                .repartition(Repartitioned.<String, CustomerActivity>as(BY_CUSTOMER)
                        .withKeySerde(Serdes.String()).withValueSerde(StoreJson.activities()));
        byCustomer.process(() -> new FoldIntoPage(projecting), Named.as("fold-into-page"), STORE);
        return byCustomer;
    }

    /** The activities {@code topic} tells of; what breaks the contract goes to its dead-letter topic. */
    private static KStream<String, CustomerActivity> readable(StreamsBuilder builder, String topic,
            CustomerActivityContract contract, TraceContexts traces) {
        var readings = builder
                .stream(topic, Consumed.with(Serdes.String(), Serdes.String()).withName("from-" + topic))
                .processValues(() -> new Tracing(traces, topic), Named.as("trace-" + topic))
                .mapValues(message -> contract.read(topic, message), Named.as("read-" + topic));
        readings.filter((key, reading) -> reading instanceof Rejected, Named.as("rejected-" + topic))
                .processValues(DeadLettering::new, Named.as("dead-letter-" + topic))
                .to(topic + DomainTopics.DEAD_LETTER_SUFFIX,
                        Produced.with(Serdes.String(), Serdes.String()).withName("to-" + topic + "-dlt"));
        return readings
                .filter((key, reading) -> reading instanceof Accepted, Named.as("accepted-" + topic))
                .mapValues(reading -> ((Accepted) reading).activity(), Named.as("activity-" + topic));
    }
}
