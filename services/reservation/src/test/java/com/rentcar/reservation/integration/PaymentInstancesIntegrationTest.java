package com.rentcar.reservation.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.rentcar.platform.test.TestTokens;

/**
 * With {@code ./rentcar scale payment 2} the runner lists payment's two instances; reservation's calls to payment are
 * balanced over them (round robin), and follow the list when it changes, without a restart.
 */
class PaymentInstancesIntegrationTest extends ReservationServiceTest {

    private final PaymentStub secondPayment = PAYMENT.anotherInstance();

    @AfterEach
    void backToOneInstance() throws IOException {
        Files.deleteIfExists(INSTANCE_LISTS.resolve("payment"));
        secondPayment.close();
    }

    @Test
    void reservations_are_paid_by_every_listed_payment_instance_in_turn() throws IOException {
        Files.writeString(INSTANCE_LISTS.resolve("payment"), PAYMENT.url() + "\n" + secondPayment.url() + "\n");

        for (int i = 0; i < 4; i++) {
            var reserved = reserve(TestTokens.customer(UUID.randomUUID()), registeredCar(40_000), today().plusDays(1),
                    today().plusDays(2));
            assertThat(reserved.status()).as(reserved.response().body()).isEqualTo(201);
        }

        // round robin; a look-up by the reconciler in between may shift the turn, so not necessarily two each
        assertThat(PAYMENT.approvalCalls()).isPositive();
        assertThat(secondPayment.approvalCalls()).isPositive();
        assertThat(PAYMENT.approvalCalls() + secondPayment.approvalCalls()).isEqualTo(4);
    }

    @Test
    void an_instance_taken_out_of_the_list_gets_no_more_calls() throws IOException {
        Files.writeString(INSTANCE_LISTS.resolve("payment"), secondPayment.url() + "\n");

        var reserved = reserve(TestTokens.customer(UUID.randomUUID()), registeredCar(40_000), today().plusDays(1),
                today().plusDays(2));

        assertThat(reserved.status()).as(reserved.response().body()).isEqualTo(201);
        assertThat(secondPayment.approvalCalls()).isEqualTo(1);
        assertThat(PAYMENT.approvalCalls()).isZero();
    }
}
