package com.rentcar.mypage.adapter.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.rentcar.contracts.EventContract;
import com.rentcar.mypage.application.ProjectingMyPage;
import com.rentcar.mypage.domain.HistoryEntry;
import com.rentcar.mypage.domain.MyPage;
import com.rentcar.mypage.domain.PaymentStatus;
import com.rentcar.mypage.domain.RentalStatus;
import com.rentcar.mypage.domain.ReservationStatus;
import com.rentcar.platform.events.EventEnvelopes;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The topology reads every type of the four topics it follows as the contract's examples show them (contracts/,
 * schema 1.0), adjusted to one customer, and sends a major version it was not written for to the dead-letter topic.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ContractExamplesAreAcceptedTest {

    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @TempDir
    Path stateDir;

    TopologyTestDriver driver;
    Map<String, TestInputTopic<String, String>> topics = new HashMap<>();
    Map<String, TestOutputTopic<String, String>> deadLetters = new HashMap<>();
    KeyValueStore<String, MyPage> pages;

    final UUID customer = UUID.randomUUID();

    static List<String> typesMyPageReads() {
        return MyPageTopology.SOURCES.stream().flatMap(topic -> EventContract.typesOn(topic).stream()).toList();
    }

    @BeforeEach
    void start() {
        var builder = new StreamsBuilder();
        MyPageTopology.define(builder, new CustomerActivityContract(new EventEnvelopes(JSON, "mypage", Clock.systemUTC())),
                new ProjectingMyPage());
        var config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "mypage-contract-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), config);
        for (var topic : MyPageTopology.SOURCES) {
            topics.put(topic, driver.createInputTopic(topic, new StringSerializer(), new StringSerializer()));
            deadLetters.put(topic, driver.createOutputTopic(topic + ".DLT", new StringDeserializer(),
                    new StringDeserializer()));
        }
        pages = driver.getKeyValueStore(MyPageTopology.STORE);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void the_contracts_examples_of_a_trip_to_its_return_are_shown_on_the_customers_page() {
        var reservation = UUID.randomUUID();

        for (var type : List.of("CustomerRegistered", "ReservationConfirmed", "PaymentApproved", "Rented", "CarReturned",
                "ReservationCompleted")) {
            send(type, reservation, Map.of());
        }

        var page = PageParts.read(pages, customer);
        var registered = JSON.readTree(EventContract.example("CustomerRegistered")).path("data");
        assertThat(page.customer().name()).isEqualTo(registered.path("name").asString());
        assertThat(page.customer().email()).isEqualTo(registered.path("email").asString());
        var entry = only(page);
        assertThat(entry.reservationId()).isEqualTo(reservation);
        assertThat(entry.booking().amount()).isEqualTo(110_000);
        assertThat(entry.booking().model()).isEqualTo("Hyundai Avante");
        assertThat(entry.reservationStatus()).isEqualTo(ReservationStatus.COMPLETED);
        assertThat(entry.paymentStatus()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(entry.rentalStatus()).isEqualTo(RentalStatus.RETURNED);
        assertNoDeadLetters();
    }

    @Test
    void the_contracts_examples_of_a_cancelled_trip_leave_everything_cancelled() {
        var reservation = UUID.randomUUID();

        for (var type : List.of("ReservationConfirmed", "PaymentApproved", "Rented", "ReservationCancelPending",
                "PaymentCancelled", "RentalCancelled", "ReservationCancelled")) {
            send(type, reservation, Map.of());
        }

        var entry = only(PageParts.read(pages, customer));
        assertThat(entry.reservationStatus()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(entry.paymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(entry.rentalStatus()).isEqualTo(RentalStatus.CANCELLED);
        assertNoDeadLetters();
    }

    @ParameterizedTest
    @MethodSource("typesMyPageReads")
    void the_contracts_example_is_read_and_a_major_version_my_page_does_not_know_goes_to_the_dead_letter_topic(
            String type) {
        var reservation = UUID.randomUUID();
        var topic = topicOf(type);

        send(type, reservation, Map.of("schemaversion", "2.0"));
        var dead = deadLetters.get(topic).readRecord();
        assertThat(new String(dead.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                .contains("unsupported schema version 2.0");
        assertThat(PageParts.read(pages, customer)).isNull();

        send(type, reservation, Map.of());
        assertThat(PageParts.read(pages, customer)).isNotNull();
        assertNoDeadLetters();
    }

    /** The example of {@code type}, about this test's customer and {@code reservation}, piped into its topic. */
    private void send(String type, UUID reservation, Map<String, String> changes) {
        var ours = new HashMap<String, Object>(changes);
        ours.put("data.customerId", customer.toString());
        if (!type.equals("CustomerRegistered")) {
            ours.put("data.reservationId", reservation.toString());
        }
        var event = EventContract.exampleWith(type, ours);
        topics.get(topicOf(type)).pipeInput(JSON.readTree(event).path("subject").asString(), event);
    }

    private static String topicOf(String type) {
        return MyPageTopology.SOURCES.stream().filter(topic -> EventContract.typesOn(topic).contains(type)).findFirst()
                .orElseThrow();
    }

    private void assertNoDeadLetters() {
        deadLetters.forEach((topic, output) -> assertThat(output.isEmpty()).as(topic + ".DLT is empty").isTrue());
    }

    private static HistoryEntry only(MyPage page) {
        assertThat(page).isNotNull();
        assertThat(page.history()).hasSize(1);
        return page.history().getFirst();
    }
}
