package com.rentcar.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What goes wrong, as a person meets it: a declined or busy payment (told with when to try again), a double-click
 * on "reserve", a cancel while payment is down (refunded later, and told so), a session that ended, a part of the
 * system that is down.
 */
class ErrorCasesIT extends BrowserTest {

    private final String admin = system.login("admin", "admin");

    @Test
    void a_declined_and_a_busy_payment_are_told_plainly_with_when_to_try_again() {
        var customer = "pay." + suffix;
        var plate = plate("마");
        var page = atReserveForm(customer, plate, "Kia Ray", 40_000);
        var confirm = button(page, "Confirm and pay ₩40,000");
        var message = page.locator("#reserve-title ~ .message");

        setProvider("DECLINING");
        try {
            confirm.click();
            assertThat(message).containsText("Your payment was declined, so nothing was reserved.");
            screenshot(page, "payment-declined");

            setProvider("FAILING");
            var answer = page.waitForResponse(r -> r.url().endsWith("/api/reservations") && "POST".equals(r.request().method()),
                    confirm::click);
            assertThat(answer.status()).isEqualTo(503);
            var retryAfter = answer.headerValue("retry-after");
            assertThat(message).containsText("The payment service is busy right now. Nothing was reserved.");
            assertThat(message.locator(".retry")).hasAttribute("data-retry-after", retryAfter);
            assertThat(message.locator(".retry")).hasText(Pattern.compile("Try again in \\d+ seconds?\\.|You can try again now\\."));
            screenshot(page, "payment-busy");
        } finally {
            setProvider("NORMAL");
        }
        // the button waits out the countdown, then the same form reserves
        assertThat(message.locator(".retry")).hasText("You can try again now.");
        confirmReservation(page, confirm::click);
        assertThat(page.locator("[data-reservation-id]")).containsText("Reserved! " + plate);
        var token = system.login(customer, "s3cret-pass");
        assertThat(system.get("/api/reservations", token).json().size()).isEqualTo(1);
    }

    @Test
    void a_double_click_on_reserve_makes_one_reservation() {
        var customer = "double." + suffix;
        var plate = plate("바");
        var page = atReserveForm(customer, plate, "Kia Morning", 30_000);

        var posts = new AtomicInteger();
        page.onRequest(request -> {
            if (request.url().endsWith("/api/reservations") && "POST".equals(request.method())) {
                posts.incrementAndGet();
            }
        });
        var confirm = button(page, "Confirm and pay ₩30,000");
        var first = new AtomicInteger(1);
        // a double-click first; should payment be busy on a loaded machine, a single press after the countdown
        var presses = confirmReservation(page, () -> {
            if (first.getAndSet(0) == 1) {
                confirm.dblclick();
            } else {
                confirm.click();
            }
        });
        assertThat(page.locator("[data-reservation-id]")).containsText("Reserved! " + plate);

        assertThat(posts.get()).as("reservation requests sent for %d press(es)", presses).isEqualTo(presses);
        var token = system.login(customer, "s3cret-pass");
        assertThat(system.get("/api/reservations", token).json().size()).isEqualTo(1);
    }

    @Test
    void a_cancel_while_payment_is_down_is_accepted_and_the_page_says_when_the_refund_has_landed() {
        var customer = "refund." + suffix;
        var token = system.newCustomer(customer);
        var plate = plate("사");
        var carId = registerCar(admin, plate, "Hyundai Casper", 45_000);
        reserveViaApi(token, carId, TOMORROW, TOMORROW.plusDays(1));
        var page = newPage();
        logIn(page, customer, "s3cret-pass");
        nav(page, "My Page").click();
        var row = page.locator("tr[data-reservation-id]").filter(new Locator.FilterOptions().setHasText(plate));
        var message = page.locator("main .message");
        assertThat(row.locator(".badge.payment")).hasAttribute("data-status", "APPROVED");

        setProvider("FAILING");
        try {
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Cancel"))).click();
            button(page, "Yes, cancel it").click();
            assertThat(message).containsText("The cancellation is accepted. The payment service is not answering");
            assertThat(row.locator(".badge.reservation")).hasAttribute("data-status", "CANCEL_PENDING");
            assertThat(row.getByRole(AriaRole.BUTTON)).hasCount(0); // nothing to cancel twice
            screenshot(page, "cancel-pending");
        } finally {
            setProvider("NORMAL");
        }
        // the service tries the refund again by itself; the page, polling My Page, says when it has landed
        assertThat(message).containsText("The reservation is cancelled and ₩45,000 is refunded.");
        assertThat(row.locator(".badge.reservation")).hasAttribute("data-status", "CANCELLED");
        assertThat(row.locator(".badge.payment")).hasAttribute("data-status", "CANCELLED");
    }

    @Test
    void a_session_the_server_no_longer_accepts_goes_back_to_log_in_with_a_message() {
        var token = system.newCustomer("ended." + suffix);
        var page = newPage();
        page.navigate("/");
        // a token the server refuses (its signature no longer matches), as after a key change
        page.evaluate("token => localStorage.setItem('rentcar.token', token)", tampered(token));
        page.navigate("/#/mypage");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
        assertThat(page.getByText("Your session has expired. Please log in again.")).isVisible();
        assertThat(page.locator("#logout")).isHidden();
        screenshot(page, "session-expired");
    }

    @Test
    void a_session_past_its_expiry_goes_back_to_log_in_with_a_message() {
        var page = newPage();
        page.navigate("/");
        page.evaluate("token => localStorage.setItem('rentcar.token', token)", expiredToken());
        page.navigate("/#/cars");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
        assertThat(page.getByText("Your session has expired. Please log in again.")).isVisible();
        assertThat(page.evaluate("() => localStorage.getItem('rentcar.token')")).isNull();
    }

    @Test
    void a_stopped_service_raises_a_banner_and_the_page_recovers_by_itself() {
        var page = newPage();
        logIn(page, "admin", "admin");
        assertThat(page.locator("tbody tr").first()).isVisible();
        var banner = page.locator("#banners .banner");

        system.rentcar("stop", "management");
        try {
            assertThat(banner).containsText("The car ledger cannot be reached right now. Try again in 5 seconds");
            // not a blank page: the ledger as last seen stays, under the banner
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Car ledger"))).isVisible();
            assertThat(page.locator("tbody tr").first()).isVisible();
            screenshot(page, "service-down");
        } finally {
            system.rentcar("start", "management");
        }
        assertThat(banner).hasCount(0);
    }

    /** A new customer, logged in, with the reserve form of a newly registered car open for tomorrow. */
    private Page atReserveForm(String customer, String plate, String model, long dailyRate) {
        system.newCustomer(customer);
        registerCar(admin, plate, model, dailyRate);
        var page = newPage();
        logIn(page, customer, "s3cret-pass");
        carOnOffer(page, plate).getByRole(AriaRole.BUTTON).click();
        field(page, "Pick-up date").fill(TOMORROW.toString());
        field(page, "Return date").fill(TOMORROW.plusDays(1).toString());
        return page;
    }

    private void setProvider(String mode) {
        var answer = system.put("/api/payments/provider", admin, "{\"mode\":\"" + mode + "\"}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private static String tampered(String token) {
        var parts = token.split("\\.");
        var signature = parts[2].toCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    /** The shape of an access token whose expiry has passed; the page reads only its claims. */
    private static String expiredToken() {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        var header = encoder.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        var claims = encoder.encodeToString("""
                {"iss":"rentcar","sub":"%s","preferred_username":"gone","roles":["CUSTOMER"],"exp":%d}"""
                .formatted(java.util.UUID.randomUUID(), Instant.now().minusSeconds(60).getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".c2lnbmF0dXJl";
    }
}
