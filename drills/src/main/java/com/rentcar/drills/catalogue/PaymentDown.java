package com.rentcar.drills.catalogue;

import static com.rentcar.drills.DrillFailed.check;

import java.time.Duration;
import java.util.ArrayList;

import com.rentcar.drills.Drill;
import com.rentcar.drills.Outcome;
import com.rentcar.drills.SystemUnderTest;
import com.rentcar.drills.support.Await;
import com.rentcar.drills.support.Http.Response;
import com.rentcar.drills.support.Latencies;
import com.rentcar.drills.support.RentCarApi;

/**
 * F2 isolation: with payment stopped, reserving fails fast. Once the circuit breaker is open every reservation is
 * answered 503 problem+json with {@code Retry-After} without calling payment; nothing is held and nothing charged;
 * when payment returns, reservations go through again by themselves (the breaker's half-open probe), within a minute.
 */
public final class PaymentDown implements Drill {

    private static final int TO_OPEN = 10;
    private static final int MEASURED = 60;
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "payment-down";
    }

    @Override
    public String promise() {
        return "with payment down, reservations answer 503 + Retry-After at once, hold and charge nothing, and recover by themselves";
    }

    @Override
    public Outcome run(SystemUnderTest system) {
        var api = system.api();
        var cars = api.registerCars(TO_OPEN + MEASURED + 10, "Kia Morning", 30_000);
        var customers = api.newCustomers("pd", 5);
        api.awaitOnOffer(cars, Duration.ofSeconds(90));
        var triedCars = cars.subList(0, TO_OPEN + MEASURED);
        var spare = cars.subList(TO_OPEN + MEASURED, cars.size());

        var openCircuit = new Latencies();
        var refusedBeforeOpen = new ArrayList<Response>();
        Duration recovered;
        system.stop("payment");
        try {
            // the first failures (refused connections) open the breaker; they are answered 503 too
            for (int i = 0; i < TO_OPEN; i++) {
                var answer = api.reserve(customers.get(i % customers.size()).token(), triedCars.get(i), 1);
                checkRetryLater(answer);
                refusedBeforeOpen.add(answer);
            }
            // a little concurrency, as customers would come: 4 at a time
            var answers = new ArrayList<Response>();
            for (int batch = 0; batch < MEASURED; batch += 4) {
                int from = TO_OPEN + batch;
                int to = Math.min(TO_OPEN + MEASURED, from + 4);
                answers.addAll(RentCarApi.inParallel(to - from,
                        i -> api.reserve(customers.get((from + i) % customers.size()).token(), triedCars.get(from + i), 1)));
            }
            for (var answer : answers) {
                checkRetryLater(answer);
                openCircuit.add(answer.millis());
            }
            long held = system.stores().count("reservation",
                    "select count(*) as n from reservation where car_id::text = any(?)", triedCars);
            check(held == 0, "%d reservations were stored for the cars tried while payment was down", held);
        } finally {
            system.start("payment");
        }
        recovered = api.awaitReservationsWork(customers.getFirst(), spare, RECOVERY);
        long charged = system.stores().count("payment",
                "select count(*) as n from payment where car_id::text = any(?)", triedCars);
        check(charged == 0, "%d payments were recorded for the cars tried while payment was down", charged);
        return Outcome.pass(("%d reservations with payment stopped: all 503 problem+json with Retry-After; once the circuit was open "
                + "p50 %d ms, p99 %d ms, max %d ms; 0 held, 0 charged; reservations confirmed again %s after payment was healthy")
                .formatted(TO_OPEN + MEASURED, openCircuit.percentile(50), openCircuit.percentile(99), openCircuit.max(),
                        Await.seconds(recovered)));
    }

    static void checkRetryLater(Response answer) {
        check(answer.status() == 503 && answer.isProblem() && answer.header("Retry-After") != null,
                "a reservation while payment was unavailable was not answered 503 problem+json with Retry-After: %s", answer);
    }
}
