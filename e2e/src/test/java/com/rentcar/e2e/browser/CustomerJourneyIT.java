package com.rentcar.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The customer's story in a browser: sign up, reserve with the price in view, watch My Page turn RENTED, cancel. */
class CustomerJourneyIT extends BrowserTest {

    @Test
    void a_customer_signs_up_reserves_sees_the_rental_on_my_page_and_cancels() {
        var admin = system.login("admin", "admin");
        var plate = plate("가");
        registerCar(admin, plate, "Hyundai Avante", 50_000);

        var page = newPage();
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
        screenshot(page, "login");

        // sign up: a new account, logged in at once, lands on the cars on offer
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign up")).click();
        var username = "minji." + suffix;
        field(page, "Username").fill(username);
        field(page, "Password").fill("s3cret-pass");
        field(page, "Name").fill("Kim Minji");
        field(page, "E-mail").fill("minji@example.com");
        field(page, "Phone").fill("+82 10-1234-5678");
        screenshot(page, "signup");
        button(page, "Create account").click();
        assertThat(page.getByText("Welcome, Kim Minji!")).isVisible();
        assertThat(page.locator("#who")).hasText("Signed in as " + username);

        // the car is on offer with its plate, model and daily rate
        var car = carOnOffer(page, plate);
        assertThat(car).containsText("Hyundai Avante");
        assertThat(car).containsText("₩50,000 per day");
        screenshot(page, "cars");

        // reserve for three days: the price is shown before anything is paid
        car.getByRole(AriaRole.BUTTON).click();
        field(page, "Pick-up date").fill(TOMORROW.toString());
        field(page, "Return date").fill(TOMORROW.plusDays(3).toString());
        assertThat(page.locator("output.price")).containsText("3 days × ₩50,000 = ₩150,000");
        var confirm = button(page, "Confirm and pay ₩150,000");
        assertThat(confirm).isEnabled();
        screenshot(page, "reserve");
        confirmReservation(page, confirm::click);
        assertThat(page.locator("[data-reservation-id]")).containsText("Reserved! " + plate);

        // My Page: the statuses move on by themselves, without reloading, until the car is rented
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See it on My Page")).click();
        var row = page.locator("tr[data-reservation-id]").filter(new Locator.FilterOptions().setHasText(plate));
        assertThat(row.locator(".badge.rental")).hasAttribute("data-status", "RENTED");
        assertThat(row.locator(".badge.reservation")).hasText("Confirmed");
        assertThat(row.locator(".badge.payment")).hasText("Paid");
        assertThat(row.locator(".badge.rental")).hasText("Rented");
        assertThat(page.locator(".profile")).containsText("Kim Minji");
        assertThat(page.locator(".notifications [data-type='RESERVATION_CONFIRMED']")).isVisible();
        screenshot(page, "mypage");

        // cancel, after saying yes to the confirmation: refunded, and the rental cancelled behind it
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Cancel"))).click();
        assertThat(page.locator("#confirm-text")).containsText("₩150,000 will be refunded");
        screenshot(page, "cancel-confirm");
        button(page, "Yes, cancel it").click();
        assertThat(page.locator("main .message")).hasText("The reservation is cancelled and ₩150,000 is refunded.");
        assertThat(row.locator(".badge.reservation")).hasAttribute("data-status", "CANCELLED");
        assertThat(row.locator(".badge.payment")).hasAttribute("data-status", "CANCELLED");
        assertThat(row.locator(".badge.rental")).hasAttribute("data-status", "CANCELLED");
        assertThat(page.locator(".notifications [data-type='RESERVATION_CANCELLED']")).isVisible();

        // the same page in Korean, with the switch: 예약 취소 / 환불됨
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("한국어")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("마이페이지"))).isVisible();
        assertThat(row.locator(".badge.reservation")).hasText("취소됨");
        assertThat(row.locator(".badge.payment")).hasText("환불됨");
        screenshot(page, "mypage-ko");
    }

    @Test
    void the_cars_on_offer_come_twenty_a_page_with_previous_and_next() {
        var admin = system.login("admin", "admin");
        String newest = null;
        for (int i = 0; i < 21; i++) { // a second page, whatever else is on offer
            newest = plate("아");
            registerCar(admin, newest, "Kia Ray", 30_000);
        }
        var username = "pager." + suffix;
        system.newCustomer(username);
        var page = newPage();
        logIn(page, username, "s3cret-pass");

        var pager = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages of cars on offer"));
        var previous = pager.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Previous"));
        var next = pager.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Next"));
        assertThat(pager).containsText(Pattern.compile("Page 1 of \\d+"));
        assertThat(page.locator("li.car")).hasCount(20);
        assertThat(previous).isDisabled();

        // the newest car is on the last page, reached with Next, which then hands the focus to Previous;
        // Previous goes back a full page
        carOnOffer(page, newest);
        assertThat(next).isDisabled();
        assertThat(previous).isFocused();
        var last = pager.locator(".pager-status").textContent();
        page.keyboard().press("Enter");
        assertThat(pager.locator(".pager-status")).not().hasText(last);
        assertThat(page.locator("li.car")).hasCount(20);
        assertThat(next).isEnabled();
    }

    @Test
    void the_page_speaks_the_browsers_language() {
        var page = newPage(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(1280, 860));
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("로그인"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
        page.reload();
        assertThat(page.locator("html")).hasAttribute("lang", "en"); // the choice is remembered
    }
}
