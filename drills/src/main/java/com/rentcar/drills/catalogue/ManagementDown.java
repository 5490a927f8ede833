package com.rentcar.drills.catalogue;

import static com.rentcar.drills.DrillFailed.check;

import java.time.Duration;
import java.util.ArrayList;

import com.rentcar.drills.Drill;
import com.rentcar.drills.Outcome;
import com.rentcar.drills.SystemUnderTest;
import com.rentcar.drills.support.Await;
import com.rentcar.drills.support.RentCarApi;

/**
 * F1 isolation: reserving never needs management (reservation keeps its own copy of the cars, built from
 * events). With management stopped, 20 reservations succeed and are rented; once it is back it reads the rental
 * events it missed and the ledger shows every one of those cars RENTED.
 */
public final class ManagementDown implements Drill {

    private static final int RESERVATIONS = 20;
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);

    @Override
    public String name() {
        return "management-down";
    }

    @Override
    public String promise() {
        return "reservations succeed while management is down and the ledger catches up when it returns";
    }

    @Override
    public Outcome run(SystemUnderTest system) {
        var api = system.api();
        var cars = api.registerCars(RESERVATIONS, "Hyundai Avante", 40_000);
        var customers = api.newCustomers("md", 4);
        api.awaitOnOffer(cars, EVENTUALLY);

        system.stop("management");
        var reservations = new ArrayList<String>();
        try {
            var answers = RentCarApi.inParallel(RESERVATIONS,
                    i -> api.reserveRetrying(customers.get(i % customers.size()).token(), cars.get(i)));
            for (var answer : answers) {
                check(answer.status() == 201 && "CONFIRMED".equals(answer.text("status")),
                        "a reservation with management down was not confirmed: %s", answer);
                reservations.add(answer.text("id"));
            }
            Await.until(EVENTUALLY, "every reservation rented while management is down", () -> {
                var rentals = api.rentalsByReservation();
                return reservations.stream().allMatch(id -> rentals.containsKey(id)
                        && rentals.get(id).stream().allMatch(r -> "RENTED".equals(r.get("status").asString())));
            });
        } finally {
            system.start("management");
        }
        var caughtUp = Await.until(EVENTUALLY, "every car RENTED in the ledger", () -> {
            var ledger = api.ledger();
            return cars.stream().allMatch(car -> "RENTED".equals(ledger.get(car)));
        }, () -> {
            var ledger = api.ledger();
            return cars.stream().filter(car -> !"RENTED".equals(ledger.get(car))).count() + " cars not RENTED";
        });
        return Outcome.pass("%d/%d reservations confirmed and rented with management stopped; ledger RENTED for %d/%d within %s of its restart — 0 lost"
                .formatted(reservations.size(), RESERVATIONS, cars.size(), cars.size(), Await.seconds(caughtUp)));
    }
}
