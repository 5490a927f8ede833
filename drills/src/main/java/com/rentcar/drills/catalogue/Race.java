package com.rentcar.drills.catalogue;

import static com.rentcar.drills.DrillFailed.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.rentcar.drills.Drill;
import com.rentcar.drills.Outcome;
import com.rentcar.drills.SystemUnderTest;
import com.rentcar.drills.support.Await;
import com.rentcar.drills.support.Latencies;
import com.rentcar.drills.support.RentCarApi;

/**
 * No double booking: 50 customers reserve one car at the same instant, ten times over; after each round the winner
 * cancels and the car is raced for again at once. The database's unique index on a car's active reservation decides:
 * exactly one winner per round, everyone else a 409 problem, no server error. Afterwards the car has ten
 * reservations and ten payments (nine cancelled and refunded, one confirmed), nine rentals cancelled and one RENTED
 * (each new rental waited for the previous one's cancellation, which travels on another partition), and the ledger
 * says RENTED.
 */
public final class Race implements Drill {

    private static final int CUSTOMERS = 50;
    private static final int ROUNDS = 10;

    @Override
    public String name() {
        return "race";
    }

    @Override
    public String promise() {
        return "50 customers for one car: exactly one winner, every time";
    }

    @Override
    public Outcome run(SystemUnderTest system) {
        var api = system.api();
        var customers = api.newCustomers("race", CUSTOMERS);
        var car = api.registerCar("Hyundai Grandeur", 75_000);
        var cars = List.of(car);
        api.awaitOnOffer(cars, Duration.ofSeconds(90));
        int conflicts = 0;
        var all = new Latencies();
        var won = new ArrayList<String>();
        for (int round = 0; round < ROUNDS; round++) {
            var start = new CountDownLatch(1);
            var answers = RentCarApi.inParallel(CUSTOMERS, i -> {
                start.await();
                return api.reserve(customers.get(i).token(), car, 1);
            }, start::countDown);
            int winners = 0;
            for (int i = 0; i < CUSTOMERS; i++) {
                var answer = answers.get(i);
                all.add(answer.millis());
                check(answer.status() < 500, "round %d: a server error: %s", round + 1, answer);
                if (answer.status() == 201) {
                    winners++;
                    won.add(answer.text("id"));
                    if (round < ROUNDS - 1) {
                        var cancelled = api.cancel(customers.get(i).token(), answer.text("id"));
                        check(cancelled.status() == 200, "round %d: the winner could not cancel: %s", round + 1, cancelled);
                    }
                } else {
                    check(answer.status() == 409 && answer.isProblem(), "round %d: a loser was not told 409 problem+json: %s",
                            round + 1, answer);
                    conflicts++;
                }
            }
            check(winners == 1, "round %d: %d winners for one car", round + 1, winners);
        }
        var stores = system.stores();
        long reservations = stores.count("reservation", "select count(*) as n from reservation where car_id::text = any(?)", cars);
        long payments = stores.count("payment", "select count(*) as n from payment where car_id::text = any(?)", cars);
        check(reservations == ROUNDS && payments == ROUNDS, "%d reservations and %d payments stored for %d rounds", reservations,
                payments, ROUNDS);
        api.awaitRentals(won.subList(0, ROUNDS - 1), "CANCELLED", Duration.ofSeconds(120));
        api.awaitRentals(won.subList(ROUNDS - 1, ROUNDS), "RENTED", Duration.ofSeconds(120));
        Await.until(Duration.ofSeconds(60), "the car RENTED in the ledger", () -> "RENTED".equals(api.ledger().get(car)));
        long refunded = stores.count("payment", "select count(*) as n from payment where car_id::text = any(?) and status = 'CANCELLED'", cars);
        check(refunded == ROUNDS - 1, "%d of %d cancelled reservations refunded", refunded, ROUNDS - 1);
        return Outcome.pass(("%d rounds × %d customers at once for one car: %d winners (1 per round), %d × 409, 0 5xx (p99 %d ms); "
                + "%d reservations, %d payments (%d refunded), %d rentals cancelled and 1 RENTED, ledger RENTED")
                .formatted(ROUNDS, CUSTOMERS, ROUNDS, conflicts, all.percentile(99), reservations, payments, refunded, ROUNDS - 1));
    }
}
