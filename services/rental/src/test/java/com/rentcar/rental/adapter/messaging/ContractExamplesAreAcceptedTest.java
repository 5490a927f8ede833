package com.rentcar.rental.adapter.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rentcar.contracts.EventContract;
import com.rentcar.platform.test.TopicReader;
import com.rentcar.rental.support.RentalApi;
import com.rentcar.rental.support.RentalServiceTest;

/**
 * Rental reads {@code payment-events} as the contract's examples show them (contracts/, schema 1.0), adjusted to
 * a payment of its own, and sends a major version it was not written for to the dead-letter topic.
 */
class ContractExamplesAreAcceptedTest extends RentalServiceTest {

    @Test
    void the_contracts_payment_approved_and_payment_cancelled_examples_rent_the_car_out_and_cancel_the_rental() {
        var payment = Payment.newPayment();
        var ours = Map.of("data.paymentId", payment.key(), "data.reservationId", payment.reservationId().toString(),
                "data.carId", payment.carId().toString());

        var approved = EventContract.exampleWith("PaymentApproved", ours);
        publish(payment.key(), approved);
        var rental = awaitRental(payment.reservationId(), "RENTED");
        publish(payment.key(), EventContract.exampleWith("PaymentCancelled", ours));

        assertThat(awaitRental(payment.reservationId(), "CANCELLED").path("id")).isEqualTo(rental.path("id"));
        assertThat(rental.path("customerId").asString())
                .isEqualTo(RentalApi.JSON.readTree(approved).path("data").path("customerId").asString());
    }

    @Test
    void a_major_version_of_the_contract_rental_does_not_know_goes_to_the_dead_letter_topic() {
        var payment = Payment.newPayment();

        publish(payment.key(), EventContract.exampleWith("PaymentApproved", Map.of("data.paymentId", payment.key(),
                "data.reservationId", payment.reservationId().toString(), "schemaversion", "2.0")));

        try (var reader = new TopicReader(bootstrapServers, PAYMENT_EVENTS + ".DLT")) {
            var dead = await().atMost(PATIENCE).until(() -> reader.withKey(payment.key()), r -> !r.isEmpty());
            assertThat(new String(dead.getFirst().headers().lastHeader("kafka_dlt-exception-message").value(), UTF_8))
                    .contains("unsupported schema version 2.0");
        }
        assertThat(rentalRowsOf(payment.reservationId())).isZero();
    }
}
