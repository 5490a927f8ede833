package com.rentcar.drills.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

import com.rentcar.drills.DrillFailed;
import com.rentcar.drills.support.Http.Response;

/**
 * The public API as customers and the admin use it, through the gateway: sign up, register cars, reserve,
 * cancel, and read the ledger, the rentals, payments and My Page.
 */
public final class RentCarApi {

    /** Reservations start tomorrow in the rental company's time zone, so "today" never races midnight. */
    private static final ZoneId COMPANY_ZONE = ZoneId.of("Asia/Seoul");

    private final Http http;
    private final String adminUsername;
    private final String adminPassword;
    private volatile String adminToken;

    public RentCarApi(Http http, String adminUsername, String adminPassword) {
        this.http = http;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    public Http http() {
        return http;
    }

    /** A customer account: its id (the token's subject), its username and a fresh token. */
    public record Customer(String id, String username, String token) {
    }

    /** The admin's token (logged in once per drill; tokens live 30 minutes). */
    public String admin() {
        if (adminToken == null) {
            adminToken = login(adminUsername, adminPassword);
        }
        return adminToken;
    }

    public String login(String username, String password) {
        var response = http.post("/api/auth/login", null,
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
        DrillFailed.check(response.status() == 200, "login of %s refused: %s", username, response);
        return response.text("accessToken");
    }

    /** Signs a new customer up (a name nobody used before) and logs them in. */
    public Customer newCustomer(String prefix) {
        var username = (prefix + "." + randomLetters(10)).toLowerCase();
        var signUp = http.post("/api/customers", null, """
                {"username":"%s","password":"s3cret-pass","name":"Drill Customer","email":"%s@example.com","phone":"010-0000-0000"}"""
                .formatted(username, username));
        DrillFailed.check(signUp.status() == 201, "sign-up of %s refused: %s", username, signUp);
        return new Customer(signUp.text("id"), username, login(username, "s3cret-pass"));
    }

    public List<Customer> newCustomers(String prefix, int count) {
        return inParallel(count, i -> newCustomer(prefix));
    }

    /** Registers a car with a plate nobody registered before, in this run or an earlier one. */
    public String registerCar(String model, long dailyRate) {
        for (int attempt = 0; attempt < 5; attempt++) {
            var plate = "%02d드%06d".formatted(ThreadLocalRandom.current().nextInt(10, 100),
                    ThreadLocalRandom.current().nextInt(0, 1_000_000));
            var registered = http.post("/api/cars", admin(), """
                    {"plateNumber":"%s","model":"%s","dailyRate":%d}""".formatted(plate, model, dailyRate));
            if (registered.status() == 201) {
                return registered.text("id");
            }
            DrillFailed.check(registered.status() == 409, "registering a car was refused: %s", registered);
        }
        throw new DrillFailed("five random plates in a row were taken");
    }

    public List<String> registerCars(int count, String model, long dailyRate) {
        return inParallel(count, i -> registerCar(model, dailyRate));
    }

    /** Waits until reservation's own copy of the catalogue offers every one of the cars. */
    public void awaitOnOffer(Collection<String> carIds, Duration atMost) {
        var token = admin();
        Await.until(atMost, "every car on offer", () -> offered(token).containsAll(carIds),
                () -> (carIds.size() - intersection(offered(token), carIds)) + " of " + carIds.size() + " cars not on offer");
    }

    public Set<String> offered(String token) {
        var response = http.get("/api/available-cars", token);
        if (response.status() != 200) {
            throw new IllegalStateException("available cars: " + response);
        }
        var ids = new HashSet<String>();
        for (var car : response.json()) {
            ids.add(car.get("id").asString());
        }
        return ids;
    }

    /** {@code POST /api/reservations}: pickup tomorrow, returned {@code days} later. */
    public Response reserve(String token, String carId, int days) {
        var pickup = LocalDate.now(COMPANY_ZONE).plusDays(1);
        return http.post("/api/reservations", token, """
                {"carId":"%s","pickupDate":"%s","returnDate":"%s"}""".formatted(carId, pickup, pickup.plusDays(days)));
    }

    public Response cancel(String token, String reservationId) {
        return http.post("/api/reservations/" + reservationId + "/cancel", token, null);
    }

    public Response reservation(String token, String reservationId) {
        return http.get("/api/reservations/" + reservationId, token);
    }

    /** The car ledger: car id → status ({@code AVAILABLE} / {@code RENTED}). */
    public Map<String, String> ledger() {
        var response = http.get("/api/cars", admin());
        if (response.status() != 200) {
            throw new IllegalStateException("ledger: " + response);
        }
        var statuses = new HashMap<String, String>();
        for (var car : response.json()) {
            statuses.put(car.get("id").asString(), car.get("status").asString());
        }
        return statuses;
    }

    /** Every rental, as the admin sees them. */
    public List<JsonNode> rentals() {
        var response = http.get("/api/rentals", admin());
        if (response.status() != 200) {
            throw new IllegalStateException("rentals: " + response);
        }
        var rentals = new ArrayList<JsonNode>();
        response.json().forEach(rentals::add);
        return rentals;
    }

    /** Rentals by reservation id (a list: more than one would be a duplicate). */
    public Map<String, List<JsonNode>> rentalsByReservation() {
        var byReservation = new HashMap<String, List<JsonNode>>();
        for (var rental : rentals()) {
            byReservation.computeIfAbsent(rental.get("reservationId").asString(), k -> new ArrayList<>()).add(rental);
        }
        return byReservation;
    }

    /** The customer's My Page; throws while My Page cannot answer. */
    public JsonNode myPage(String token) {
        var response = http.get("/api/mypage", token);
        if (response.status() != 200) {
            throw new IllegalStateException("My Page: " + response);
        }
        return response.json();
    }

    /** My Page history entries by reservation id (a list: more than one would be a duplicate entry). */
    public Map<String, List<JsonNode>> myPageEntries(String token) {
        var entries = new HashMap<String, List<JsonNode>>();
        for (var entry : myPage(token).get("history")) {
            entries.computeIfAbsent(entry.get("reservationId").asString(), k -> new ArrayList<>()).add(entry);
        }
        return entries;
    }

    /** Switches the simulated payment provider (admin): NORMAL, DECLINING, FAILING or SLOW with a delay. */
    public void provider(String mode, Long delayMs) {
        var body = delayMs == null ? "{\"mode\":\"%s\"}".formatted(mode)
                : "{\"mode\":\"%s\",\"delayMs\":%d}".formatted(mode, delayMs);
        var response = http.put("/api/payments/provider", admin(), body);
        DrillFailed.check(response.status() == 200, "switching the payment provider to %s was refused: %s", mode, response);
    }

    /** Runs {@code task} {@code count} times at once (virtual threads) and returns the results in order. */
    public static <T> List<T> inParallel(int count, IndexedTask<T> task) {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<java.util.concurrent.Future<T>>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> task.run(index)));
            }
            var results = new ArrayList<T>(count);
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DrillFailed(e.getCause().toString(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DrillFailed("interrupted", e);
        }
    }

    @FunctionalInterface
    public interface IndexedTask<T> {
        T run(int index) throws Exception;
    }

    private static int intersection(Set<String> a, Collection<String> b) {
        int n = 0;
        for (var x : b) {
            if (a.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static String randomLetters(int n) {
        var letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        var random = ThreadLocalRandom.current();
        var out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(letters.charAt(random.nextInt(letters.length())));
        }
        return out.toString();
    }
}
