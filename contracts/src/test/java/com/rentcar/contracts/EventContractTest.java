package com.rentcar.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The examples honour the schemas, and the checker finds what breaks the contract. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventContractTest {

    static final Path RESOURCES = Path.of("src/main/resources/rentcar/contracts");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Set<String> types() {
        return EventContract.types();
    }

    @ParameterizedTest
    @MethodSource("types")
    void every_example_honours_the_contract(String type) {
        var example = EventContract.example(type);

        assertThat(EventContract.violations(example)).isEmpty();
        assertThat(JSON.readTree(example).path("type").asString()).isEqualTo(type);
        assertThat(JSON.readTree(example).path("schemaversion").asString()).isEqualTo("1.0");
    }

    @Test
    void every_type_has_a_schema_and_an_example_and_there_are_no_others() throws IOException {
        var expectedSchemas = new TreeSet<>(types().stream().map(t -> t + ".v1.schema.json").toList());
        expectedSchemas.add("envelope.v1.schema.json");

        assertThat(files(RESOURCES.resolve("schemas"))).isEqualTo(expectedSchemas);
        assertThat(files(RESOURCES.resolve("examples")))
                .isEqualTo(new TreeSet<>(types().stream().map(t -> t + ".v1.json").toList()));
    }

    @Test
    void the_examples_tell_one_story_about_one_customer_car_reservation_payment_and_rental() {
        var ids = types().stream().map(type -> JSON.readTree(EventContract.example(type)).path("data"))
                .flatMap(data -> data.properties().stream())
                .filter(field -> field.getKey().endsWith("Id"))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(field -> field.getValue().asString(), Collectors.toSet())));

        assertThat(ids.keySet()).containsExactlyInAnyOrder("customerId", "carId", "reservationId", "paymentId",
                "rentalId");
        assertThat(ids.values()).allSatisfy(values -> assertThat(values).hasSize(1));
    }

    @Test
    void topics_and_their_types_come_from_the_asyncapi_document() {
        assertThat(EventContract.topics()).containsExactly("customer-events", "car-events", "reservation-events",
                "payment-events", "rental-events");
        assertThat(EventContract.typesOn("rental-events")).containsExactly("Rented", "RentalCancelled", "CarReturned");
        assertThat(EventContract.typesOn("rental-events.DLT")).isEmpty();
        assertThat(EventContract.types()).hasSize(12).contains("CustomerRegistered", "PaymentCancelled");
        assertThat(EventContract.subjectField("ReservationConfirmed")).isEqualTo("reservationId");
        assertThatThrownBy(() -> EventContract.typesOn("car-event")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no topic car-event");
        assertThatThrownBy(() -> EventContract.example("CarSold")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_newer_minor_version_with_a_field_the_schema_does_not_know_is_valid() {
        var event = EventContract.exampleWith("PaymentApproved", Map.of("schemaversion", "1.4", "data.cardBrand", "VISA"));

        assertThat(EventContract.violations(event)).isEmpty();
    }

    @Test
    void an_unknown_event_type_is_a_violation() {
        var event = EventContract.exampleWith("Rented", Map.of("type", "RentalExtended"));

        assertThat(EventContract.violations(event)).singleElement().asString()
                .contains("unknown event type 'RentalExtended'");
    }

    @Test
    void an_unknown_major_version_is_a_violation() {
        var event = EventContract.exampleWith("Rented", Map.of("schemaversion", "2.0"));

        assertThat(EventContract.violations(event)).anySatisfy(v -> assertThat(v).contains("envelope").contains("schemaversion"))
                .anySatisfy(v -> assertThat(v).contains("no schema for Rented 2.0"));
    }

    @Test
    void a_missing_envelope_attribute_is_a_violation() {
        var event = (ObjectNode) JSON.readTree(EventContract.example("CarRegistered"));
        event.remove("time");

        assertThat(EventContract.violations(event.toString())).singleElement().asString()
                .contains("envelope").contains("time");
    }

    @Test
    void a_missing_or_wrongly_typed_payload_field_is_a_violation() {
        var event = (ObjectNode) JSON.readTree(EventContract.example("ReservationConfirmed"));
        var data = (ObjectNode) event.get("data");
        data.remove("paymentId");
        data.put("amount", "a lot");
        data.put("pickupDate", "10/12/2026");
        data.put("confirmedAt", "yesterday");
        data.put("carId", "car-1");

        assertThat(EventContract.violations(event.toString())).hasSize(5)
                .allSatisfy(v -> assertThat(v).startsWith("ReservationConfirmed data"))
                .anySatisfy(v -> assertThat(v).contains("paymentId"))
                .anySatisfy(v -> assertThat(v).contains("amount"))
                .anySatisfy(v -> assertThat(v).contains("pickupDate"))
                .anySatisfy(v -> assertThat(v).contains("confirmedAt"))
                .anySatisfy(v -> assertThat(v).contains("carId"));
    }

    @Test
    void money_is_a_whole_number_of_won_and_never_negative() {
        assertThat(EventContract.violations(EventContract.exampleWith("PaymentApproved", Map.of("data.amount", -1))))
                .singleElement().asString().contains("amount");
        assertThat(EventContract.violations(EventContract.exampleWith("PaymentApproved", Map.of("data.amount", 1000.5))))
                .singleElement().asString().contains("amount");
    }

    @Test
    void the_subject_must_be_the_aggregate_id_and_the_source_its_writer() {
        var event = EventContract.exampleWith("Rented", Map.of("subject", "0b8e3c6e-5d0c-4a43-bb8e-1b0f7d6f9a20",
                "source", "payment"));

        assertThat(EventContract.violations(event)).containsExactlyInAnyOrder(
                "subject '0b8e3c6e-5d0c-4a43-bb8e-1b0f7d6f9a20' is not data.rentalId '6f2c8e14-9b3a-4d75-a1e6-c4b8d0f27e95'",
                "source 'payment' is not the writer of Rented ('rental')");
    }

    @Test
    void something_that_is_not_json_is_a_violation() {
        assertThat(EventContract.violations("{ this is not an event")).singleElement().asString()
                .startsWith("not JSON");
    }

    @Test
    void assert_valid_lists_every_violation() {
        var event = EventContract.exampleWith("CarRegistered", Map.of("data.dailyRate", 0, "data.status", "SOLD"));

        assertThatThrownBy(() -> EventContract.assertValid(event)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("breaks the contract").hasMessageContaining("dailyRate")
                .hasMessageContaining("status");
        EventContract.assertValid(EventContract.example("CarRegistered"));
    }

    @Test
    void assert_valid_with_a_key_wants_the_key_to_be_the_subject() {
        var example = EventContract.example("CarRegistered");

        EventContract.assertValid("0b8e3c6e-5d0c-4a43-bb8e-1b0f7d6f9a20", example);
        assertThatThrownBy(() -> EventContract.assertValid("another-key", example)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("key 'another-key' is not its subject");
    }

    @Test
    void an_example_with_changes_is_a_new_event_about_the_changed_aggregate() {
        var original = JSON.readTree(EventContract.example("CarReturned"));
        var rental = "11111111-2222-4333-8444-555555555555";

        var changed = JSON.readTree(EventContract.exampleWith("CarReturned", Map.of("data.rentalId", rental)));

        assertThat(changed.path("id")).isNotEqualTo(original.path("id"));
        assertThat(changed.path("subject").asString()).isEqualTo(rental);
        assertThat(changed.path("data").path("rentalId").asString()).isEqualTo(rental);
        assertThat(changed.path("data").path("carId")).isEqualTo(original.path("data").path("carId"));
        assertThat(EventContract.violations(changed.toString())).isEmpty();
    }

    private static Set<String> files(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
