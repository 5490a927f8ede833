package com.rentcar.mypage.adapter.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rentcar.mypage.ContractEvents;
import com.rentcar.mypage.ContractEvents.Message;
import com.rentcar.mypage.ContractEvents.Trip;
import com.rentcar.mypage.application.ProjectingMyPage;
import com.rentcar.mypage.domain.HistoryEntry;
import com.rentcar.mypage.domain.MyPage;
import com.rentcar.mypage.domain.PaymentStatus;
import com.rentcar.mypage.domain.RentalStatus;
import com.rentcar.mypage.domain.ReservationStatus;
import com.rentcar.platform.events.EventEnvelopes;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The topology on its own, record by record: re-keying by customer, folding into pages kept in parts, dead letters. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MyPageTopologyTest {

    static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path stateDir;

    TopologyTestDriver driver;
    Map<String, TestInputTopic<String, String>> topics = new HashMap<>();
    Map<String, TestOutputTopic<String, String>> deadLetters = new HashMap<>();
    KeyValueStore<String, MyPage> pages;
    TestOutputTopic<String, String> changelog;

    @BeforeEach
    void start() {
        var builder = new StreamsBuilder();
        // as Spring Boot configures its mapper: fields a reader does not know are ignored
        var json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        MyPageTopology.define(builder, new CustomerActivityContract(new EventEnvelopes(json, "mypage", Clock.systemUTC())),
                new ProjectingMyPage());
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "mypage-topology-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config);
        for (var topic : MyPageTopology.SOURCES) {
            topics.put(topic, driver.createInputTopic(topic, new StringSerializer(), new StringSerializer()));
            deadLetters.put(topic, driver.createOutputTopic(topic + ".DLT", new StringDeserializer(),
                    new StringDeserializer()));
        }
        pages = driver.getKeyValueStore(MyPageTopology.STORE);
        changelog = driver.createOutputTopic("mypage-topology-test-" + MyPageTopology.STORE + "-changelog",
                new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void events_keyed_by_reservation_payment_and_rental_are_folded_into_one_page_keyed_by_customer() {
        var customer = UUID.randomUUID();
        var trip = Trip.of(customer);

        send(ContractEvents.customerRegistered(customer, "kim", "Kim Minji", at(0)),
                trip.paymentApproved(at(1)), trip.reservationConfirmed(at(2)), trip.rented(at(3)));

        assertThat(storedKeys()).containsExactlyInAnyOrder(customer + "/", customer + "/" + trip.reservationId());
        var page = page(customer);
        assertThat(page.customer().name()).isEqualTo("Kim Minji");
        assertThat(page.customer().email()).isEqualTo("kim@example.com");
        var entry = only(page);
        assertThat(entry.reservationId()).isEqualTo(trip.reservationId());
        assertThat(entry.booking().carId()).isEqualTo(trip.carId());
        assertThat(entry.booking().plateNumber()).isEqualTo(trip.plateNumber());
        assertThat(entry.booking().model()).isEqualTo(trip.model());
        assertThat(entry.booking().pickupDate()).isEqualTo(trip.pickupDate());
        assertThat(entry.booking().returnDate()).isEqualTo(trip.returnDate());
        assertThat(entry.booking().amount()).isEqualTo(trip.amount());
        assertThat(entry.reservationStatus()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(entry.paymentStatus()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(entry.rentalStatus()).isEqualTo(RentalStatus.RENTED);
        assertThat(entry.updatedAt()).isEqualTo(at(3));
        assertNoDeadLetters();
    }

    @Test
    void an_event_rewrites_only_the_reservation_it_is_about_however_long_the_history() {
        var customer = UUID.randomUUID();
        var trips = List.of(Trip.of(customer), Trip.of(customer), Trip.of(customer));
        send(ContractEvents.customerRegistered(customer, "kim", "Kim Minji", at(0)));
        for (int i = 0; i < trips.size(); i++) {
            send(trips.get(i).reservationConfirmed(at(10 * i + 1)), trips.get(i).paymentApproved(at(10 * i + 2)));
        }
        changelog.readRecordsToList();

        send(trips.getFirst().rented(at(40)));

        var written = changelog.readRecordsToList();
        assertThat(written).extracting(TestRecord::key).containsExactly(customer + "/" + trips.getFirst().reservationId());
        assertThat(written.getFirst().value()).doesNotContain(trips.get(1).reservationId().toString());
        var page = page(customer);
        assertThat(page.customer().name()).isEqualTo("Kim Minji");
        assertThat(page.history()).extracting(HistoryEntry::reservationId).as("newest first")
                .containsExactly(trips.get(2).reservationId(), trips.get(1).reservationId(), trips.get(0).reservationId());
        assertThat(page.history().getLast().rentalStatus()).isEqualTo(RentalStatus.RENTED);
    }

    @Test
    void a_page_an_earlier_version_kept_whole_is_still_shown_and_is_split_into_parts_at_its_next_change() {
        var customer = UUID.randomUUID();
        var earlier = Trip.of(customer);
        var later = Trip.of(customer);
        send(ContractEvents.customerRegistered(customer, "kim", "Kim Minji", at(0)), earlier.reservationConfirmed(at(1)));
        var whole = page(customer);
        pages.delete(customer + "/");
        pages.delete(customer + "/" + earlier.reservationId());
        driver.<String, MyPage>getTimestampedKeyValueStore(MyPageTopology.STORE)
                .put(customer.toString(), ValueAndTimestamp.make(whole, at(1).toEpochMilli()));
        assertThat(page(customer)).isEqualTo(whole);

        send(later.reservationConfirmed(at(5)));

        assertThat(storedKeys()).containsExactlyInAnyOrder(customer + "/", customer + "/" + earlier.reservationId(),
                customer + "/" + later.reservationId());
        var page = page(customer);
        assertThat(page.customer()).isEqualTo(whole.customer());
        assertThat(page.history()).extracting(HistoryEntry::reservationId)
                .containsExactly(later.reservationId(), earlier.reservationId());
        assertThat(page.history().getLast()).isEqualTo(only(whole));
    }

    @Test
    void a_cancellation_and_a_pending_cancellation_arriving_late_leave_everything_cancelled() {
        var customer = UUID.randomUUID();
        var trip = Trip.of(customer);

        send(trip.reservationConfirmed(at(2)), trip.paymentApproved(at(1)), trip.rentalCancelled(at(12)),
                trip.rented(at(3)), trip.reservationCancelled(at(13)), trip.paymentCancelled(at(11)),
                trip.reservationCancelPending(at(10)));

        var entry = only(page(customer));
        assertThat(entry.reservationStatus()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(entry.paymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(entry.rentalStatus()).isEqualTo(RentalStatus.CANCELLED);
        assertThat(entry.updatedAt()).isEqualTo(at(13));
    }

    @Test
    void a_return_shows_the_reservation_completed_and_the_rental_returned() {
        var customer = UUID.randomUUID();
        var trip = Trip.of(customer);

        send(trip.reservationConfirmed(at(2)), trip.paymentApproved(at(1)), trip.rented(at(3)),
                trip.carReturned(at(30)), trip.reservationCompleted(at(31)));

        var entry = only(page(customer));
        assertThat(entry.reservationStatus()).isEqualTo(ReservationStatus.COMPLETED);
        assertThat(entry.paymentStatus()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(entry.rentalStatus()).isEqualTo(RentalStatus.RETURNED);
    }

    @Test
    void each_customer_gets_only_their_own_activity() {
        var kim = UUID.randomUUID();
        var lee = UUID.randomUUID();
        var kimsTrip = Trip.of(kim);
        var leesTrip = Trip.of(lee);

        send(ContractEvents.customerRegistered(kim, "kim", "Kim Minji", at(0)),
                ContractEvents.customerRegistered(lee, "lee", "Lee Jun", at(0)),
                kimsTrip.reservationConfirmed(at(1)), leesTrip.reservationConfirmed(at(1)),
                leesTrip.paymentApproved(at(2)), kimsTrip.rented(at(3)));

        assertThat(storedKeys()).containsExactlyInAnyOrder(kim + "/", kim + "/" + kimsTrip.reservationId(), lee + "/",
                lee + "/" + leesTrip.reservationId());
        var kimsPage = page(kim);
        var leesPage = page(lee);
        assertThat(kimsPage.customer().username()).isEqualTo("kim");
        assertThat(kimsPage.history()).extracting(HistoryEntry::reservationId).containsExactly(kimsTrip.reservationId());
        assertThat(only(kimsPage).rentalStatus()).isEqualTo(RentalStatus.RENTED);
        assertThat(only(kimsPage).paymentStatus()).isNull();
        assertThat(leesPage.customer().username()).isEqualTo("lee");
        assertThat(leesPage.history()).extracting(HistoryEntry::reservationId).containsExactly(leesTrip.reservationId());
        assertThat(only(leesPage).paymentStatus()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(only(leesPage).rentalStatus()).isNull();
    }

    @Test
    void redelivered_events_change_nothing() {
        var customer = UUID.randomUUID();
        var trip = Trip.of(customer);
        var lifecycle = List.of(ContractEvents.customerRegistered(customer, "kim", "Kim Minji", at(0)),
                trip.reservationConfirmed(at(2)), trip.paymentApproved(at(1)), trip.rented(at(3)),
                trip.paymentCancelled(at(10)));
        lifecycle.forEach(this::send);
        var before = page(customer);

        lifecycle.forEach(this::send);
        lifecycle.reversed().forEach(this::send);

        assertThat(page(customer)).isEqualTo(before);
    }

    @Test
    void a_malformed_message_goes_to_its_dead_letter_topic_with_the_reason_and_the_next_event_still_applies() {
        var customer = UUID.randomUUID();
        var trip = Trip.of(customer);
        var broken = trip.reservationConfirmed(at(1)).withValue("{\"specversion\": \"1.0\", \"id\": ");

        send(broken, trip.reservationConfirmed(at(2)));

        var dead = deadLetters.get("reservation-events").readRecord();
        assertThat(dead.key()).isEqualTo(trip.reservationId().toString());
        assertThat(dead.value()).isEqualTo(broken.value());
        assertThat(header(dead, "kafka_dlt-exception-message")).startsWith("not a readable event envelope");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("reservation-events");
        assertThat(deadLetters.get("reservation-events").isEmpty()).isTrue();
        assertThat(only(page(customer)).reservationStatus()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void an_unknown_major_version_goes_to_the_dead_letter_topic() {
        var customer = UUID.randomUUID();
        var trip = Trip.of(customer);
        var approved = trip.paymentApproved(at(1));
        var fromTheFuture = approved.withValue(approved.value().replace("\"schemaversion\":\"1.0\"",
                "\"schemaversion\":\"2.0\""));

        send(fromTheFuture);

        var dead = deadLetters.get("payment-events").readRecord();
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("unsupported schema version 2.0");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo("payment-events");
        assertThat(page(customer)).isNull();
    }

    @Test
    void a_newer_minor_version_with_fields_my_page_does_not_know_is_read() {
        var customer = UUID.randomUUID();
        var trip = Trip.of(customer);
        var rented = trip.rented(at(3));

        send(rented.withValue(rented.value().replace("\"schemaversion\":\"1.0\"", "\"schemaversion\":\"1.4\"")
                .replace("\"rentedAt\"", "\"branch\":\"Gangnam\",\"rentedAt\"")));

        assertThat(only(page(customer)).rentalStatus()).isEqualTo(RentalStatus.RENTED);
        assertNoDeadLetters();
    }

    @Test
    void an_event_that_does_not_say_whose_it_is_goes_to_the_dead_letter_topic() {
        var customer = UUID.randomUUID();
        var trip = Trip.of(customer);
        var rented = trip.rented(at(3));

        send(rented.withValue(rented.value().replace("\"customerId\":\"" + customer + "\",", "")));

        assertThat(header(deadLetters.get("rental-events").readRecord(), "kafka_dlt-exception-message"))
                .contains("Rented").contains("has no customerId");
        assertThat(page(customer)).isNull();
    }

    @Test
    void a_wrongly_typed_field_goes_to_the_dead_letter_topic() {
        var customer = UUID.randomUUID();
        var trip = Trip.of(customer);
        var confirmed = trip.reservationConfirmed(at(2));

        send(confirmed.withValue(confirmed.value().replace("\"amount\":110000", "\"amount\":\"a lot\"")));

        assertThat(header(deadLetters.get("reservation-events").readRecord(), "kafka_dlt-exception-message"))
                .contains("ReservationConfirmed payload does not match its schema");
        assertThat(page(customer)).isNull();
    }

    @Test
    void an_event_type_my_page_does_not_show_is_skipped() {
        var customer = UUID.randomUUID();
        send(ContractEvents.envelope("customer-events", "customer", "CustomerUpdated", "1.1", customer, at(0),
                Map.of("customerId", customer.toString(), "name", "Kim")));

        assertThat(page(customer)).isNull();
        assertNoDeadLetters();
    }

    private void send(Message... messages) {
        for (var message : messages) {
            topics.get(message.topic()).pipeInput(message.key(), message.value());
        }
    }

    /** The customer's page as My Page reads it from the store, or null. */
    private MyPage page(UUID customer) {
        return PageParts.read(pages, customer);
    }

    private List<String> storedKeys() {
        var keys = new ArrayList<String>();
        try (var all = pages.all()) {
            all.forEachRemaining((KeyValue<String, MyPage> entry) -> keys.add(entry.key));
        }
        return keys;
    }

    private void assertNoDeadLetters() {
        deadLetters.forEach((topic, output) -> assertThat(output.isEmpty()).as(topic + ".DLT is empty").isTrue());
    }

    private static HistoryEntry only(MyPage page) {
        assertThat(page).isNotNull();
        assertThat(page.history()).hasSize(1);
        return page.history().getFirst();
    }

    private static String header(TestRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Instant at(int minutes) {
        return NINE.plusSeconds(60L * minutes);
    }
}
