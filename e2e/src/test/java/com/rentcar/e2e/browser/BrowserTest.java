package com.rentcar.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.rentcar.e2e.RentCarSystem;
import com.rentcar.e2e.RunningSystem;

/**
 * A browser test against the system {@link RunningSystem} started: Debian's Chromium, headless, driven by
 * Playwright. Nothing is downloaded: the browser is the one installed on the machine ({@code ./rentcar test} finds
 * or installs it and passes its path as {@code rentcar.e2e.chromium}).
 */
@ExtendWith(RunningSystem.class)
abstract class BrowserTest {

    static final RentCarSystem system = RunningSystem.SYSTEM;
    /** The reservation service's "today" is Seoul's: the browser lives there too, so its date pickers agree. */
    static final String TIME_ZONE = "Asia/Seoul";
    static final LocalDate TOMORROW = LocalDate.now(ZoneId.of(TIME_ZONE)).plusDays(1);
    static final Path SCREENSHOTS = Path.of("").toAbsolutePath().getParent().resolve("docs/screenshots");

    private static Playwright playwright;
    static Browser browser;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private BrowserContext context;

    @BeforeAll
    static void launchChromium() {
        // what the page shows after events have gone round (My Page, the ledger) can take a while on a loaded machine
        PlaywrightAssertions.setDefaultAssertionTimeout(90_000);
        var chromium = chromium();
        // the driver would otherwise fetch its own browser builds before the first launch
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
        }
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /** Debian's chromium: the path {@code ./rentcar test} passes, else where the package puts it. */
    static Path chromium() {
        var candidates = Optional.ofNullable(System.getProperty("rentcar.e2e.chromium"))
                .or(() -> Optional.ofNullable(System.getenv("RENTCAR_CHROMIUM")))
                .map(Path::of)
                .orElse(Path.of("/usr/bin/chromium"));
        if (!Files.isExecutable(candidates)) {
            throw new AssertionError("no Chromium at " + candidates
                    + ": install Debian's chromium (apt-get install -y chromium) or set RENTCAR_CHROMIUM — ./rentcar test does this by itself");
        }
        return candidates;
    }

    /** A fresh browser profile (no token, no language choice) in English, on a laptop-sized window. */
    Page newPage() {
        return newPage(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 860));
    }

    Page newPage(Browser.NewContextOptions options) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(options.setTimezoneId(TIME_ZONE).setBaseURL(system.gateway()));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    /** Logs in through the log-in page. */
    static void logIn(Page page, String username, String password) {
        page.navigate("/#/login");
        field(page, "Username").fill(username);
        field(page, "Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).isVisible();
    }

    /** A link of the main navigation in the header. */
    static Locator nav(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    String registerCar(String admin, String plate, String model, long dailyRate) {
        var registered = system.post("/api/cars", admin, """
                {"plateNumber":"%s","model":"%s","dailyRate":%d}""".formatted(plate, model, dailyRate));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    /**
     * The car's card on the cars page, paging on with "Next" until it is shown: cars are listed in order of
     * registration, so a car registered just now is on the last page once reservation has heard of it (the list
     * refreshes itself). {@code pressNext} presses the button (a click, or keys in the keyboard-only test).
     */
    static Locator carOnOffer(Page page, String plate, Consumer<Locator> pressNext) {
        var car = page.locator("li.car[data-plate='" + plate + "']");
        var next = page.locator("nav.pager [data-pager='next']");
        var status = page.locator("nav.pager .pager-status");
        var pressedOn = new AtomicReference<String>();
        await().atMost(Duration.ofSeconds(90)).pollInSameThread().pollInterval(Duration.ofMillis(200)).until(() -> {
            if (car.isVisible()) {
                return true;
            }
            var shown = status.isVisible() ? status.textContent() : null;
            // press once per page shown: the next press waits until the page it asked for has come
            if (next.isVisible() && next.isEnabled() && !Objects.equals(shown, pressedOn.get())) {
                pressedOn.set(shown);
                pressNext.accept(next);
            }
            return false;
        });
        return car;
    }

    static Locator carOnOffer(Page page, String plate) {
        return carOnOffer(page, plate, Locator::click);
    }

    /**
     * Reserves through the API as a client is told to, once reservation has heard of the car (a car registered just
     * now reaches it by an event): a 503 (payment busy, e.g. slow on a loaded machine) is tried again after its
     * Retry-After.
     */
    static RentCarSystem.Response reserveViaApi(String token, String carId, LocalDate pickup, LocalDate back) {
        await().atMost(Duration.ofSeconds(60)).until(() -> system.onOffer(carId, token));
        var answer = system.reserve(token, carId, pickup, back);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer;
    }

    /**
     * Presses "confirm and pay" as a person would: when the page says the payment service is busy, waits out its
     * countdown ("You can try again now.") and presses again. Returns how many presses it took.
     */
    static int confirmReservation(Page page, Runnable press) {
        var done = page.locator("[data-reservation-id]");
        var busy = page.locator("#reserve-title ~ .message .retry");
        for (int presses = 1; ; presses++) {
            press.run();
            PlaywrightAssertions.assertThat(done.or(busy)).isVisible();
            if (done.isVisible()) {
                return presses;
            }
            if (presses == 5) {
                throw new AssertionError("the payment service stayed busy for 5 tries: " + busy.textContent());
            }
            PlaywrightAssertions.assertThat(busy).hasText("You can try again now.");
        }
    }

    /** A plate number nobody registered before, in this run or an earlier one on the same data. */
    static String plate(String hangul) {
        return ThreadLocalRandom.current().nextInt(10, 100) + hangul + ThreadLocalRandom.current().nextInt(1000, 10_000);
    }
}
