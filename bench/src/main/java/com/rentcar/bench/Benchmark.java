package com.rentcar.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.rentcar.bench.ClosedLoop.Request;
import com.rentcar.bench.ClosedLoop.Workload;
import com.rentcar.bench.Fixtures.Customer;

/**
 * {@code ./rentcar bench}: set-up, then the phases — hop limit, reservations (with event lag), reads — each a
 * warm-up and a measured window at the same concurrency, with the cost of every process read throughout; then
 * the reports.
 */
public final class Benchmark {

    static final String NOOP = "GET /api/noop";
    static final String RESERVE = "POST /api/reservations";
    static final String MY_PAGE = "GET /api/mypage";
    static final String AVAILABLE = "GET /api/available-cars";
    /** Cars of this run left on offer for the read phase; the rest of the spare cars are reserved (unmeasured). */
    static final int CARS_LEFT_FOR_READS = 100;
    static final int LAG_MAX_IN_FLIGHT = 32;
    /** Reserving the spare cars is tidying, not measuring: it stops after this long, whatever is left on offer. */
    static final Duration SPARE_AT_MOST = Duration.ofSeconds(60);
    static final Duration LAG_GIVE_UP = Duration.ofSeconds(60);
    static final Duration ON_OFFER_TIMEOUT = Duration.ofSeconds(180);
    /** Cars registered for the measured window: the warm-up's rate times this, room for a system still warming up. */
    static final double CAR_MARGIN = 2;

    private final BenchOptions options;
    private final Progress progress = Progress.onStandardOutput();

    Benchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("rentcar bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            new Benchmark(options).run();
        } catch (BenchFailed e) {
            System.err.println("\nrentcar bench: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("\nrentcar bench: could not write the report: " + e);
            System.exit(1);
        }
        System.exit(0);
    }

    void run() throws IOException {
        int concurrency = options.concurrency();
        // one connection per worker, and some for the lag pollers; the JDK client reads this once, at first use
        System.setProperty("jdk.httpclient.connectionPoolSize",
                Integer.toString(concurrency + 2 * LAG_MAX_IN_FLIGHT + 8));
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        var api = new RentCarApi(http, options.gateway());
        var loop = new ClosedLoop(http, concurrency, progress);
        String runId = Long.toString(System.currentTimeMillis() / 100 % 78_364_164_096L, 36);
        var fixtures = new Fixtures(api, runId);
        var startedAt = Instant.now();
        var machine = machine();

        try (var costs = new ProcessCosts(options.runDir(), options.dataDir(), options.components(),
                options.clockTicks())) {
            costs.startSampling();
            progress.say(String.format("rentcar bench: run %s against %s — %d workers, %d s warm-up + %d s measured "
                    + "per phase", runId, options.gateway(), concurrency, options.warmup().toSeconds(),
                    options.duration().toSeconds()));

            // ---- set-up ----
            long setupStart = System.nanoTime();
            String admin = api.login("admin", "admin");
            progress.say("  set-up: signing up and logging in " + options.customers() + " customers");
            List<Customer> customers = fixtures.customers(options.customers(), Math.min(concurrency, 8));
            int initialCars = Math.max(500, concurrency * 25);
            progress.say("  set-up: registering " + initialCars + " cars for the reservation warm-up");
            long carsStart = System.nanoTime();
            var cars = new ConcurrentLinkedQueue<>(fixtures.cars(admin, initialCars, concurrency));
            double carsPerSecond = initialCars / ((System.nanoTime() - carsStart) / 1e9);
            long carsRegistered = initialCars;
            fixtures.awaitOnOffer(cars, customers.getFirst().token(), ON_OFFER_TIMEOUT);
            var setup = Duration.ofNanos(System.nanoTime() - setupStart);

            var runStart = costs.snapshot();
            Map<String, ProcessCosts.CpuUse> perPhase = new LinkedHashMap<>();

            // ---- 1. the hop limit ----
            Workload hopLoad = worker -> new Request(NOOP, api.noop(customers.get(worker % customers.size()).token()),
                    204);
            var hopWarm = loop.run("hop", hopLoad, options.warmup(), true, 0);
            var before = costs.snapshot();
            var hopMeasured = loop.run("hop", hopLoad, options.duration(), false, hopWarm.seconds());
            perPhase.put("hop", costs.between(before, costs.snapshot()));
            var hop = new PhaseResult("hop", "Hop limit: GET /api/noop (gateway → reservation, token checked twice)",
                    List.of(NOOP), hopWarm, hopMeasured, null);

            // ---- 2. reservations, and the event lag behind them ----
            var resWarm = loop.run("reservation", reservations(api, cars, customers, null), options.warmup(),
                    true, 0);
            // every attempt uses up a car, a failed one too
            double attempts = resWarm.seconds() > 0 ? (resWarm.successes() + resWarm.errorCount()) / resWarm.seconds() : 0;
            long needed = (long) Math.ceil(Math.max(attempts, 5) * options.duration().toSeconds() * CAR_MARGIN)
                    + CARS_LEFT_FOR_READS - cars.size();
            if (needed > 0) {
                progress.say(String.format("  registering %,d more cars for the measured window (the warm-up tried "
                        + "%.0f reservations/s)", needed, attempts));
                var more = fixtures.cars(admin, (int) needed, concurrency);
                carsRegistered += needed;
                fixtures.awaitOnOffer(more, customers.getFirst().token(), ON_OFFER_TIMEOUT);
                cars.addAll(more);
            }
            EventLagProbe.Result lag;
            Window resMeasured;
            try (var probe = new EventLagProbe(api, admin, options.lagPollInterval(), LAG_GIVE_UP,
                    options.lagSampleInterval(), LAG_MAX_IN_FLIGHT)) {
                before = costs.snapshot();
                probe.startWindow();
                resMeasured = loop.run("reservation", reservations(api, cars, customers, probe), options.duration(),
                        false, resWarm.seconds());
                perPhase.put("reservation", costs.between(before, costs.snapshot()));
                progress.say("  waiting for the event-lag samples still followed");
                lag = probe.finish();
            }
            String resNote = resMeasured.endedEarly() == null ? null
                    : "the measured window ended early: " + resMeasured.endedEarly();
            if (needed > 0) {
                resNote = (resNote == null ? "" : resNote + "; ") + "between warm-up and measured window the run "
                        + "registered " + needed + " more cars and waited until they were on offer";
            }
            var reservation = new PhaseResult("reservation",
                    "Reservations: POST /api/reservations (reserve and pay, each on a fresh car)", List.of(RESERVE),
                    resWarm, resMeasured, resNote);

            // ---- the spare cars: leave a few on offer, reserve the rest (unmeasured) ----
            var spare = new ConcurrentLinkedQueue<UUID>();
            while (cars.size() > CARS_LEFT_FOR_READS) {
                spare.add(cars.poll());
            }
            if (!spare.isEmpty()) {
                progress.say(String.format("  reserving the %,d spare cars (unmeasured), so the read phase lists "
                        + "about %d of this run's cars", spare.size(), CARS_LEFT_FOR_READS));
                loop.run("spare", reservations(api, spare, customers, null), SPARE_AT_MOST, true, 0);
            }
            int onOffer = (int) api.carsOnOffer(customers.getFirst().token());

            // ---- 3. reads ----
            var readLoad = reads(api, customers, concurrency);
            var readWarm = loop.run("reads", readLoad, options.warmup(), true, 0);
            before = costs.snapshot();
            var readMeasured = loop.run("reads", readLoad, options.duration(), false, readWarm.seconds());
            var runEnd = costs.snapshot();
            perPhase.put("reads", costs.between(before, runEnd));
            var reads = new PhaseResult("reads", "Reads: GET /api/mypage and GET /api/available-cars, alternating",
                    List.of(MY_PAGE, AVAILABLE), readWarm, readMeasured, null);
            double entries = customers.stream().limit(16).mapToLong(c -> api.myPageEntries(c.token())).average()
                    .orElse(0);

            var report = new Report(runId, startedAt, options.command(), machine,
                    new Report.Load(concurrency, options.warmup(), options.duration(), options.customers()), hop,
                    reservation, reads, lag,
                    new Report.Costs(costs.components(), costs.peakBytes(), costs.peakTotalBytes(),
                            costs.between(runStart, runEnd), perPhase),
                    options.startup(), new Report.Facts(carsRegistered, carsPerSecond, onOffer, entries, setup),
                    notes());
            var files = ReportFiles.write(report, options.outDir(), options.pngCopy());
            progress.say("");
            progress.say(TextReport.render(report));
            progress.say("report:");
            files.stream().filter(f -> !f.endsWith(".hgrm")).forEach(f -> progress.say("  " + f));
        }
    }

    /**
     * One reservation per fresh car, customers in turn; a sample of the confirmed ones is followed by the probe. A car
     * whose reservation failed is not used again: after a 503 its payment may still turn out approved (the outcome
     * was unknown), and rental would then hold the car until the reconciler refunds it.
     */
    static Workload reservations(RentCarApi api, Queue<UUID> cars, List<Customer> customers, EventLagProbe probe) {
        var turn = new AtomicLong();
        var pickup = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(1);
        var returnDate = pickup.plusDays(2);
        return new Workload() {
            @Override
            public Request next(int worker) {
                UUID car = cars.poll();
                if (car == null) {
                    return null;
                }
                var customer = customers.get((int) (turn.getAndIncrement() % customers.size()));
                return new Request(RESERVE, api.reserve(customer.token(), car, pickup, returnDate), 201,
                        probe == null ? null : answer -> {
                            if (probe.due(answer.receivedAt())) {
                                var id = UUID.fromString(api.read(answer.body()).path("id").asString());
                                probe.sample(car, customer.token(), id, answer.receivedAt());
                            }
                        }, null);
            }

            @Override
            public String exhausted() {
                return "no fresh car was left";
            }
        };
    }

    /** Each worker alternates My Page and the cars on offer, through the customers in turn. */
    static Workload reads(RentCarApi api, List<Customer> customers, int concurrency) {
        long[] sent = new long[concurrency]; // one slot per worker, written only by that worker's thread
        return worker -> {
            long i = sent[worker]++;
            var customer = customers.get((int) ((worker + i * concurrency) % customers.size()));
            return i % 2 == 0 ? new Request(MY_PAGE, api.myPage(customer.token()), 200)
                    : new Request(AVAILABLE, api.availableCars(customer.token()), 200);
        };
    }

    private static List<String> notes() {
        var notes = new ArrayList<String>();
        notes.add("Noise: the load generator, every service, Kafka and PostgreSQL share this machine's CPUs (and "
                + "so may other work: see 'other procs'); absolute figures vary from run to run, the ratios within "
                + "one run are what to compare.");
        return notes;
    }

    static Report.Machine machine() {
        String model = "unknown CPU";
        long memory = 0;
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(model);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D+", "")) * 1024).findFirst().orElse(0L);
        } catch (IOException | RuntimeException e) {
            // not Linux: the report says less
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        return new Report.Machine(Runtime.getRuntime().availableProcessors(), memory, model,
                os.getName() + " " + os.getVersion(), Runtime.version().toString(), os.getSystemLoadAverage());
    }
}
