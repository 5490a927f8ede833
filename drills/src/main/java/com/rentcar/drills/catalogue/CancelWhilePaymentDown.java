package com.rentcar.drills.catalogue;

import static com.rentcar.drills.DrillFailed.check;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import com.rentcar.drills.Drill;
import com.rentcar.drills.Outcome;
import com.rentcar.drills.SystemUnderTest;
import com.rentcar.drills.support.Await;

/**
 * FR6 with payment down: a cancellation is accepted (202 {@code CANCEL_PENDING}), asking again changes nothing, and
 * once payment is back reservation's retry job completes it: the payment refunded exactly once (one
 * {@code PaymentCancelled} on the topic, payment {@code CANCELLED}), the reservation {@code CANCELLED}, the rental
 * cancelled and the car free again.
 */
public final class CancelWhilePaymentDown implements Drill {

    private static final int RESERVATIONS = 3;
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);

    @Override
    public String name() {
        return "cancel-payment-down";
    }

    @Override
    public String promise() {
        return "a cancellation while payment is down is accepted, then completed and refunded exactly once";
    }

    @Override
    public Outcome run(SystemUnderTest system) {
        var api = system.api();
        var started = Instant.now();
        var cars = api.registerCars(RESERVATIONS, "Kia Ray", 32_000);
        var customer = api.newCustomer("cpd");
        api.awaitOnOffer(cars, EVENTUALLY);
        var reservations = api.reserveEach(List.of(customer), cars);
        api.awaitRentals(reservations, "RENTED", EVENTUALLY);
        var payments = new ArrayList<String>();
        for (var id : reservations) {
            payments.add(api.reservation(customer.token(), id).text("paymentId"));
        }

        system.stop("payment");
        try {
            for (var id : reservations) {
                for (int attempt = 0; attempt < 2; attempt++) { // asking twice changes nothing
                    var answer = api.cancel(customer.token(), id);
                    check(answer.status() == 202 && "CANCEL_PENDING".equals(answer.text("status")),
                            "cancelling while payment is down was not 202 CANCEL_PENDING: %s", answer);
                }
                var seen = api.reservation(customer.token(), id);
                check("CANCEL_PENDING".equals(seen.text("status")), "the reservation does not show CANCEL_PENDING: %s", seen);
            }
        } finally {
            system.start("payment");
        }
        var completed = Await.until(EVENTUALLY, "every pending cancellation completed", () -> reservations.stream()
                .allMatch(id -> "CANCELLED".equals(api.reservation(customer.token(), id).text("status"))));
        api.awaitRentals(reservations, "CANCELLED", EVENTUALLY);
        Await.until(EVENTUALLY, "every car AVAILABLE in the ledger", () -> {
            var ledger = api.ledger();
            return cars.stream().allMatch(car -> "AVAILABLE".equals(ledger.get(car)));
        });

        var refunds = system.events().read("payment-events", started.minusSeconds(5)).stream()
                .filter(m -> payments.contains(m.key()))
                .filter(m -> m.value() != null && m.value().contains("\"PaymentCancelled\""))
                .toList();
        var refundedPayments = new HashSet<String>();
        refunds.forEach(m -> refundedPayments.add(m.key()));
        check(refundedPayments.size() == RESERVATIONS && refunds.size() == RESERVATIONS,
                "expected one PaymentCancelled for each of %d payments, found %d for %d payments", RESERVATIONS, refunds.size(),
                refundedPayments.size());
        long cancelledPayments = system.stores().count("payment",
                "select count(*) as n from payment where id::text = any(?) and status = 'CANCELLED'", payments);
        check(cancelledPayments == RESERVATIONS, "%d of %d payments CANCELLED in payment's store", cancelledPayments, RESERVATIONS);
        return Outcome.pass(("%d cancellations with payment stopped: 202 CANCEL_PENDING (asked twice each); completed %s after payment "
                + "returned: %d refunds, exactly 1 PaymentCancelled per payment, rentals CANCELLED, cars AVAILABLE")
                .formatted(RESERVATIONS, Await.seconds(completed), refunds.size()));
    }

}
