package com.rentcar.rental.adapter.messaging;

import com.rentcar.platform.test.TopicReader;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

import com.rentcar.platform.test.TestTokens;
import com.rentcar.rental.support.RentalApi;
import com.rentcar.rental.support.RentalServiceTest;

/**
 * FR3 and FR7 as other services see them: payment's events on {@code payment-events} in, rentals and their events
 * on {@code rental-events} out, each event applied once, and what breaks the contract dead-lettered.
 */
class PaymentEventsTest extends RentalServiceTest {

    @Test
    void an_approved_payment_rents_the_car_out_and_announces_it_on_rental_events() {
        var payment = Payment.newPayment();

        publishApproved(payment);

        var rental = awaitRental(payment.reservationId(), "RENTED");
        var rentalId = rental.path("id").asString();
        assertThat(rental.path("paymentId").asString()).isEqualTo(payment.paymentId().toString());
        assertThat(rental.path("customerId").asString()).isEqualTo(payment.customerId().toString());
        assertThat(rental.path("carId").asString()).isEqualTo(payment.carId().toString());
        assertThat(rental.path("rentedAt").asString()).isNotBlank();
        assertThat(rental.path("cancelledAt").isNull()).isTrue();
        assertThat(rental.path("returnedAt").isNull()).isTrue();

        var events = rentalEvents(rentalId);
        assertThat(types(events)).containsExactly("Rented");
        var rented = events.getFirst();
        assertEnvelope(rented, "Rented", rentalId);
        var data = rented.path("data");
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("rentalId", "reservationId", "paymentId",
                "customerId", "carId", "rentedAt");
        assertThat(data.path("rentalId").asString()).isEqualTo(rentalId);
        assertThat(data.path("reservationId").asString()).isEqualTo(payment.reservationId().toString());
        assertThat(data.path("paymentId").asString()).isEqualTo(payment.paymentId().toString());
        assertThat(data.path("customerId").asString()).isEqualTo(payment.customerId().toString());
        assertThat(data.path("carId").asString()).isEqualTo(payment.carId().toString());
        assertThat(Instant.parse(data.path("rentedAt").asString()))
                .isEqualTo(Instant.parse(rental.path("rentedAt").asString()));
        try (var reader = new TopicReader(bootstrapServers, RENTAL_EVENTS)) {
            var record = reader.allWithKey(rentalId).getFirst();
            assertThat(new String(record.headers().lastHeader("ce_type").value(), UTF_8)).isEqualTo("Rented");
        }
    }

    @Test
    void a_cancelled_payment_cancels_the_rental_and_announces_it() {
        var payment = Payment.newPayment();
        var rentalId = rentedOut(payment).path("id").asString();

        publishCancelled(payment);

        var rental = awaitRental(payment.reservationId(), "CANCELLED");
        assertThat(rental.path("id").asString()).isEqualTo(rentalId);
        assertThat(rental.path("rentedAt").asString()).isNotBlank();
        assertThat(rental.path("cancelledAt").asString()).isNotBlank();
        assertThat(rental.path("returnedAt").isNull()).isTrue();

        var events = rentalEvents(rentalId);
        assertThat(types(events)).containsExactly("Rented", "RentalCancelled");
        var cancelled = events.getLast();
        assertEnvelope(cancelled, "RentalCancelled", rentalId);
        var data = cancelled.path("data");
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("rentalId", "reservationId", "paymentId",
                "customerId", "carId", "cancelledAt");
        assertThat(data.path("rentalId").asString()).isEqualTo(rentalId);
        assertThat(data.path("reservationId").asString()).isEqualTo(payment.reservationId().toString());
        assertThat(data.path("paymentId").asString()).isEqualTo(payment.paymentId().toString());
        assertThat(data.path("customerId").asString()).isEqualTo(payment.customerId().toString());
        assertThat(data.path("carId").asString()).isEqualTo(payment.carId().toString());
        assertThat(Instant.parse(data.path("cancelledAt").asString()))
                .isEqualTo(Instant.parse(rental.path("cancelledAt").asString()));
    }

    @Test
    void an_approval_delivered_three_times_rents_the_car_out_once_and_announces_it_once() {
        var payment = Payment.newPayment();
        var approval = approvedMessage(payment);

        publish(payment.key(), approval);
        publish(payment.key(), approval);
        publish(payment.key(), approval);
        var anotherCopy = publishApproved(payment); // the same approval again, under a new event id
        publishCancelled(payment);
        var cancelledAgain = publishCancelled(payment); // same key, so handled after all the copies

        await().atMost(PATIENCE).until(() -> processed(cancelledAgain));
        assertThat(processed(anotherCopy)).isTrue();
        assertThat(rentalRowsOf(payment.reservationId())).isEqualTo(1);
        var rental = awaitRental(payment.reservationId(), "CANCELLED");
        assertThat(types(rentalEvents(rental.path("id").asString()))).containsExactly("Rented", "RentalCancelled");
    }

    @Test
    void messages_that_break_the_contract_go_to_the_dead_letter_topic_with_the_reason_and_the_partition_keeps_flowing() {
        var payment = Payment.newPayment();
        var key = payment.key();
        var withoutReservation = data(payment);
        withoutReservation.remove("reservationId");

        publish(key, "{ this is not an event");
        publish(key, message("PaymentApproved", "2.0", key, data(payment)));
        publish(key, message("PaymentApproved", "1.0", key, withoutReservation));
        publish(key, message("PaymentApproved", "1.0", UUID.randomUUID().toString(), data(payment)));
        publishApproved(payment);

        awaitRental(payment.reservationId(), "RENTED");
        try (var reader = new TopicReader(bootstrapServers, PAYMENT_EVENTS + ".DLT")) {
            var dead = await().atMost(PATIENCE).until(() -> reader.withKey(key), records -> records.size() == 4);
            assertThat(dead).extracting(PaymentEventsTest::reason).satisfiesExactly(
                    reason -> assertThat(reason).contains("not a readable event envelope"),
                    reason -> assertThat(reason).contains("unsupported schema version 2.0"),
                    reason -> assertThat(reason).contains("needs paymentId, reservationId, customerId and carId"),
                    reason -> assertThat(reason).contains("is not its paymentId"));
            assertThat(dead).allSatisfy(record -> assertThat(header(record, "kafka_dlt-original-topic"))
                    .isEqualTo(PAYMENT_EVENTS));
        }
        assertThat(rentalRowsOf(payment.reservationId())).isEqualTo(1);
    }

    @Test
    void event_types_rental_does_not_follow_are_skipped_not_dead_lettered() {
        var payment = Payment.newPayment();
        publish(payment.key(), message("PaymentDeclined", "1.0", payment.key(), data(payment)));
        publish(payment.key(), message("PaymentRefundScheduled", "1.3", payment.key(), Map.of("paymentId", payment.key())));

        rentedOut(payment);

        try (var reader = new TopicReader(bootstrapServers, PAYMENT_EVENTS + ".DLT")) {
            assertThat(reader.allWithKey(payment.key())).isEmpty();
        }
    }

    @Test
    void a_newer_minor_version_with_fields_rental_does_not_know_is_read() {
        var payment = Payment.newPayment();
        var data = data(payment);
        data.put("approvedAt", Instant.now().toString());
        data.put("cardBrand", "VISA");

        publish(payment.key(), message("PaymentApproved", "1.4", payment.key(), data));

        awaitRental(payment.reservationId(), "RENTED");
    }

    @Test
    void a_cancellation_that_arrives_before_its_approval_leaves_nothing_rented_and_announces_nothing() {
        var payment = Payment.newPayment();
        publishCancelled(payment);
        var lateApproval = publishApproved(payment);

        await().atMost(PATIENCE).until(() -> processed(lateApproval));

        var rental = rentalOf(payment.reservationId());
        assertThat(rental.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(rental.path("rentedAt").isNull()).isTrue();
        assertThat(rental.path("cancelledAt").asString()).isNotBlank();
        assertThat(rentalRowsOf(payment.reservationId())).isEqualTo(1);
        assertThat(rentalEvents(rental.path("id").asString())).isEmpty();
        assertThat(jdbc.sql("select count(*) from outbox_event where message_key = ?")
                .param(rental.path("id").asString()).query(Integer.class).single()).isZero();
    }

    @Test
    void a_payment_cancelled_after_the_car_came_back_leaves_the_rental_returned() {
        var payment = Payment.newPayment();
        var rentalId = rentedOut(payment).path("id").asString();
        RentalApi.ok(api.post("/api/rentals/" + rentalId + "/return", TestTokens.admin()));

        var cancellation = publishCancelled(payment);
        await().atMost(PATIENCE).until(() -> processed(cancellation));

        assertThat(rentalOf(payment.reservationId()).path("status").asString()).isEqualTo("RETURNED");
        assertThat(types(rentalEvents(rentalId))).containsExactly("Rented", "CarReturned");
    }

    @Test
    void an_approval_for_a_car_whose_earlier_rental_is_still_being_cancelled_rents_it_out_once_that_cancellation_arrives() {
        var carId = UUID.randomUUID();
        var first = Payment.forCar(carId);
        var firstRental = rentedOut(first).path("id").asString();
        var second = onAnotherPartitionThan(first, carId);

        // the second approval may be read before the first cancellation: it waits until the car is free
        publishApproved(second);
        publishCancelled(first);

        var secondRental = awaitRental(second.reservationId(), "RENTED");
        assertThat(rentalOf(first.reservationId()).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(rentals("?status=RENTED")).filteredOn(r -> r.path("carId").asString().equals(carId.toString()))
                .singleElement().satisfies(r -> assertThat(r.path("id")).isEqualTo(secondRental.path("id")));
        assertThat(types(rentalEvents(firstRental))).containsExactly("Rented", "RentalCancelled");
        assertThat(types(rentalEvents(secondRental.path("id").asString()))).containsExactly("Rented");
    }

    @Test
    void an_approval_waiting_for_its_car_does_not_hold_up_the_cancellation_behind_it_on_its_partition() {
        // reservation abandoned a timed-out payment and freed the car; the refund comes later, after the new approval
        var carId = UUID.randomUUID();
        var first = Payment.forCar(carId);
        rentedOut(first);
        var second = onTheSamePartitionAs(first, carId);

        publishApproved(second);
        publishCancelled(first);

        awaitRental(second.reservationId(), "RENTED");
        assertThat(rentalOf(first.reservationId()).path("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void an_approval_waiting_for_its_car_whose_payment_is_cancelled_meanwhile_never_rents_it() {
        var carId = UUID.randomUUID();
        var first = Payment.forCar(carId);
        rentedOut(first);
        var second = onTheSamePartitionAs(first, carId);

        publishApproved(second);
        publishCancelled(second);
        var freed = publishCancelled(first);
        await().atMost(PATIENCE).until(() -> processed(freed));

        assertThat(rentalOf(second.reservationId()).path("status").asString()).isEqualTo("CANCELLED");
        assertThat(rentalOf(second.reservationId()).path("rentedAt").isNull()).isTrue();
        assertThat(rentals("?status=RENTED")).noneMatch(r -> r.path("carId").asString().equals(carId.toString()));
    }

    /** A payment for the same car whose events are on the same partition of payment-events as {@code other}'s. */
    private static Payment onTheSamePartitionAs(Payment other, UUID carId) {
        while (true) {
            var candidate = Payment.forCar(carId);
            if (partition(candidate.key()) == partition(other.key())) {
                return candidate;
            }
        }
    }

    /** A payment for the same car whose events are on another partition of payment-events than {@code other}'s. */
    private static Payment onAnotherPartitionThan(Payment other, UUID carId) {
        while (true) {
            var candidate = Payment.forCar(carId);
            if (partition(candidate.key()) != partition(other.key())) {
                return candidate;
            }
        }
    }

    /** The partition the producer's default partitioner picks for a key, of the topic's 3. */
    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(UTF_8))) % 3;
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return header(record, "kafka_dlt-exception-message");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), UTF_8);
    }
}
