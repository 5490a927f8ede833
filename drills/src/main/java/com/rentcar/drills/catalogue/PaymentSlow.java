package com.rentcar.drills.catalogue;

import static com.rentcar.drills.DrillFailed.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rentcar.drills.Drill;
import com.rentcar.drills.Outcome;
import com.rentcar.drills.SystemUnderTest;
import com.rentcar.drills.support.Await;
import com.rentcar.drills.support.Http.Response;
import com.rentcar.drills.support.Latencies;
import com.rentcar.drills.support.RentCarApi;
import com.rentcar.drills.support.Stores;

/**
 * F2 isolation: the simulated provider made slower than reservation's payment client timeout (2 s). Every caller is
 * answered before the provider could have answered (the timeout, not the provider, bounds the wait), the breaker
 * opens and stops calling payment, and the approvals the provider still completed after the callers had been told
 * to retry are refunded by reservation's reconciler: afterwards no payment is approved without a confirmed
 * reservation, checked by comparing payment's records with reservation's.
 */
public final class PaymentSlow implements Drill {

    private static final long PROVIDER_DELAY_MS = 6_000;
    private static final int CALLERS = 12;
    private static final int AT_ONCE = 3;
    private static final Duration SETTLED = Duration.ofSeconds(150);

    @Override
    public String name() {
        return "payment-slow";
    }

    @Override
    public String promise() {
        return "a slow provider costs callers no more than the client timeout, opens the breaker, and leaves no payment without a reservation";
    }

    @Override
    public Outcome run(SystemUnderTest system) {
        var api = system.api();
        var cars = api.registerCars(CALLERS + 6, "Hyundai Casper", 35_000);
        var customers = api.newCustomers("ps", 4);
        api.awaitOnOffer(cars, Duration.ofSeconds(90));
        var tried = cars.subList(0, CALLERS);
        var spare = cars.subList(CALLERS, cars.size());

        var answers = new ArrayList<Response>();
        api.provider("SLOW", PROVIDER_DELAY_MS);
        try {
            for (int from = 0; from < CALLERS; from += AT_ONCE) {
                int start = from;
                answers.addAll(RentCarApi.inParallel(AT_ONCE,
                        i -> api.reserve(customers.get((start + i) % customers.size()).token(), tried.get(start + i), 1)));
            }
        } finally {
            api.provider("NORMAL", null);
        }
        var all = new Latencies();
        for (var answer : answers) {
            check(answer.status() == 503 && answer.isProblem() && answer.header("Retry-After") != null,
                    "a reservation against the slow provider was not answered 503 problem+json with Retry-After: %s", answer);
            check(answer.millis() < PROVIDER_DELAY_MS, "a caller waited %d ms, as long as the slow provider itself", answer.millis());
            all.add(answer.millis());
        }
        var stores = system.stores();
        long reachedPayment = stores.count("payment", "select count(*) as n from payment where car_id::text = any(?)", tried);
        check(reachedPayment < CALLERS, "all %d reservations called the slow payment: the breaker never opened", CALLERS);

        // the provider finishes the approvals it was slow on; the reconciler must refund each one
        var unsettled = Await.until(SETTLED, "every payment settled against its reservation",
                () -> mismatches(stores, tried).isEmpty(), () -> String.join("; ", mismatches(stores, tried)));
        var refunded = stores.count("payment",
                "select count(*) as n from payment where car_id::text = any(?) and status = 'CANCELLED'", tried);
        api.awaitReservationsWork(customers.getFirst(), spare, Duration.ofSeconds(60));
        return Outcome.pass(("%d reservations against a %d ms provider: all 503 + Retry-After within %d ms (client timeout 2 s, p50 %d ms); "
                + "%d reached payment before the breaker opened, %d answered by the open breaker; %d late approvals refunded by "
                + "reconciliation within %s — 0 payments approved without a reservation")
                .formatted(CALLERS, PROVIDER_DELAY_MS, all.max(), all.percentile(50), reachedPayment, CALLERS - reachedPayment,
                        refunded, Await.seconds(unsettled)));
    }

    /**
     * Payment's records against reservation's for the cars: an APPROVED payment needs a CONFIRMED reservation with
     * its id; a reservation still waiting for its payment's outcome, or a payment still being decided, is not settled.
     */
    static List<String> mismatches(Stores stores, List<String> cars) {
        var reservations = new HashMap<String, Map<String, Object>>();
        for (var row : stores.query("reservation",
                "select id::text as id, status, payment_id::text as payment from reservation where car_id::text = any(?)", cars)) {
            reservations.put((String) row.get("id"), row);
        }
        var problems = new ArrayList<String>();
        for (var row : reservations.values()) {
            if (!List.of("CONFIRMED", "CANCELLED", "COMPLETED").contains(row.get("status"))) {
                problems.add("reservation " + row.get("id") + " still " + row.get("status"));
            }
        }
        for (var payment : stores.query("payment",
                "select id::text as id, reservation_id::text as reservation, status from payment where car_id::text = any(?)", cars)) {
            var status = (String) payment.get("status");
            var reservation = reservations.get((String) payment.get("reservation"));
            switch (status) {
                case "APPROVED" -> {
                    if (reservation == null || !"CONFIRMED".equals(reservation.get("status"))
                            || !payment.get("id").equals(reservation.get("payment"))) {
                        problems.add("payment " + payment.get("id") + " APPROVED without a confirmed reservation");
                    }
                }
                case "DECLINED", "CANCELLED" -> {
                }
                default -> problems.add("payment " + payment.get("id") + " still " + status);
            }
        }
        return problems;
    }
}
