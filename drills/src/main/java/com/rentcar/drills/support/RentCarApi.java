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
    public synchronized String admin() { // once, not once per thread of a parallel set-up
        if (adminToken == null) {
            adminToken = login(adminUsername, adminPassword);
        }
        return adminToken;
    }

    public String login(String username, String password) {
        var response = patiently(() -> http.post("/api/auth/login", null,
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)));
        DrillFailed.check(response.status() == 200, "login of %s refused: %s", username, response);
        return response.text("accessToken");
    }

    /** Signs a new customer up (a name nobody used before) and logs them in. */
    public Customer newCustomer(String prefix) {
        var username = (prefix + "." + randomLetters(10)).toLowerCase();
        var body = """
                {"username":"%s","password":"s3cret-pass","name":"Drill Customer","email":"%s@example.com","phone":"010-0000-0000"}"""
                .formatted(username, username);
        var signUp = patiently(() -> http.post("/api/customers", null, body));
        if (signUp.status() == 409) { // an earlier try that timed out at the gateway did sign them up
            var token = login(username, "s3cret-pass");
            var me = http.get("/api/customers/me", token);
            DrillFailed.check(me.status() == 200, "the profile of %s: %s", username, me);
            return new Customer(me.text("id"), username, token);
        }
        DrillFailed.check(signUp.status() == 201, "sign-up of %s refused: %s", username, signUp);
        return new Customer(signUp.text("id"), username, login(username, "s3cret-pass"));
    }

    /**
     * Sends a set-up request again when the gateway says the service was too slow or busy (504, 503): password
     * hashing for dozens of sign-ups at once is slow on a small machine, and that is not what a drill tests.
     */
    private static Response patiently(java.util.function.Supplier<Response> request) {
        Response answer = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            answer = request.get();
            if (answer.status() != 503 && answer.status() != 504 && answer.status() != 0) {
                return answer;
            }
            Await.pause(Duration.ofSeconds(2));
        }
        return answer;
    }

    /** Signs up {@code count} customers, four at a time (password hashing is CPU-bound). */
    public List<Customer> newCustomers(String prefix, int count) {
        var gate = new java.util.concurrent.Semaphore(4);
        return inParallel(count, i -> {
            gate.acquire();
            try {
                return newCustomer(prefix);
            } finally {
                gate.release();
            }
        });
    }

    /** Registers a car with a plate nobody registered before, in this run or an earlier one. */
    public String registerCar(String model, long dailyRate) {
        for (int attempt = 0; attempt < 5; attempt++) {
            var plate = "%02d드%06d".formatted(ThreadLocalRandom.current().nextInt(10, 100),
                    ThreadLocalRandom.current().nextInt(0, 1_000_000));
            var body = """
                    {"plateNumber":"%s","model":"%s","dailyRate":%d}""".formatted(plate, model, dailyRate);
            var registered = patiently(() -> http.post("/api/cars", admin(), body));
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

    /** Every car on offer (all the pages). */
    public Set<String> offered(String token) {
        var ids = new HashSet<String>();
        for (var car : everyPage("/api/available-cars", "content", token, "available cars")) {
            ids.add(car.get("id").asString());
        }
        return ids;
    }

    /**
     * Every item of a list the API answers a page at a time ({@code {<items>: [...], last}}), asked for 100 at a
     * time until the page marked last.
     */
    private List<JsonNode> everyPage(String path, String items, String token, String what) {
        var all = new ArrayList<JsonNode>();
        for (int page = 0; ; page++) {
            var response = http.get(path + "?size=100&page=" + page, token);
            if (response.status() != 200) {
                throw new IllegalStateException(what + ": " + response);
            }
            var body = response.json();
            body.get(items).forEach(all::add);
            if (body.get("last").asBoolean()) {
                return all;
            }
        }
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

    /** The customer's My Page with the first page of the history; throws while My Page cannot answer. */
    public JsonNode myPage(String token) {
        return myPage(token, 0);
    }

    private JsonNode myPage(String token, int page) {
        var response = http.get("/api/mypage?size=100&page=" + page, token);
        if (response.status() != 200) {
            throw new IllegalStateException("My Page: " + response);
        }
        return response.json();
    }

    /** The customer's whole My Page history, newest first (all the pages); throws while My Page cannot answer. */
    public List<JsonNode> myPageHistory(String token) {
        return everyPage("/api/mypage", "history", token, "My Page");
    }

    /**
     * My Page history entries by reservation id (a list: more than one would be a duplicate entry). Entries are only
     * ever added, so one seen again on a later page was pushed down by a newer one meanwhile: it counts once.
     */
    public Map<String, List<JsonNode>> myPageEntries(String token) {
        var entries = new HashMap<String, List<JsonNode>>();
        for (int page = 0; ; page++) {
            var answer = myPage(token, page);
            var onThisPage = new HashMap<String, List<JsonNode>>();
            for (var entry : answer.get("history")) {
                onThisPage.computeIfAbsent(entry.get("reservationId").asString(), k -> new ArrayList<>()).add(entry);
            }
            onThisPage.forEach(entries::putIfAbsent);
            if (answer.get("last").asBoolean()) {
                return entries;
            }
        }
    }

    /** {@code POST /api/rentals/{id}/return} as the admin. */
    public Response returnRental(String rentalId) {
        return http.post("/api/rentals/" + rentalId + "/return", admin(), null);
    }

    /** The customer's notifications; throws while notification cannot answer. */
    public JsonNode notifications(String token) {
        var response = http.get("/api/notifications", token);
        if (response.status() != 200) {
            throw new IllegalStateException("notifications: " + response);
        }
        return response.json();
    }

    /**
     * Reserves each car for one of the customers (round robin), all at once, and fails the drill unless every one
     * is confirmed; returns the reservation ids in the order of the cars.
     */
    public List<String> reserveEach(List<Customer> customers, List<String> cars) {
        var answers = inParallel(cars.size(), i -> reserveRetrying(customers.get(i % customers.size()).token(), cars.get(i)));
        var ids = new ArrayList<String>();
        for (var answer : answers) {
            DrillFailed.check(answer.status() == 201, "a reservation of a free car was not confirmed: %s", answer);
            ids.add(answer.text("id"));
        }
        return ids;
    }

    /**
     * Reserves as a patient customer does: a 503 (payment slow to answer, a busy machine) is asked again after its
     * {@code Retry-After}, for up to a minute.
     */
    public Response reserveRetrying(String token, String carId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            var answer = reserve(token, carId, 1);
            if (answer.status() != 503 || System.nanoTime() > deadline) {
                return answer;
            }
            var retryAfter = answer.header("Retry-After");
            Await.pause(Duration.ofSeconds(retryAfter != null && retryAfter.matches("\\d{1,2}") ? Long.parseLong(retryAfter) : 2));
        }
    }

    /** Waits until each of the reservations has a rental in {@code status}. */
    public void awaitRentals(Collection<String> reservationIds, String status, Duration atMost) {
        Await.until(atMost, "a " + status + " rental for each of " + reservationIds.size() + " reservations", () -> {
            var rentals = rentalsByReservation();
            return reservationIds.stream().allMatch(id -> rentals.containsKey(id)
                    && rentals.get(id).stream().anyMatch(r -> status.equals(r.get("status").asString())));
        }, () -> {
            var rentals = rentalsByReservation();
            return reservationIds.stream().filter(id -> !rentals.containsKey(id)
                    || rentals.get(id).stream().noneMatch(r -> status.equals(r.get("status").asString()))).count()
                    + " without one";
        });
    }

    /** Waits until the payment provider answers again and a reservation goes through (the breaker closed). */
    public Duration awaitReservationsWork(Customer customer, List<String> spareCars, Duration atMost) {
        var next = new java.util.concurrent.atomic.AtomicInteger();
        var last = new java.util.concurrent.atomic.AtomicReference<Response>();
        return Await.until(atMost, "a reservation confirmed", () -> {
            DrillFailed.check(next.get() < spareCars.size(), "ran out of spare cars; last answer %s", last.get());
            var answer = reserve(customer.token(), spareCars.get(next.get()), 1);
            last.set(answer);
            if (answer.status() == 201) {
                return true;
            }
            if (answer.status() != 503) {
                next.incrementAndGet(); // a car that got held somehow: take the next one
            }
            return false;
        }, () -> "last answer " + last.get());
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
        return inParallel(count, task, () -> {
        });
    }

    /** The same, running {@code once} after every task was submitted (e.g. to open a starting gate). */
    public static <T> List<T> inParallel(int count, IndexedTask<T> task, Runnable once) {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<java.util.concurrent.Future<T>>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> task.run(index)));
            }
            once.run();
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
