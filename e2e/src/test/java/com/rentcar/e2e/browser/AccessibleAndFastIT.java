package com.rentcar.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;

/** Labels on every input, the customer's whole story by keyboard alone, a phone-wide screen, a light first load. */
class AccessibleAndFastIT extends BrowserTest {

    private static final long FIRST_LOAD_BUDGET = 200 * 1024;

    /** Form controls no screen reader could name: neither a label nor an aria-label. */
    private static final String UNLABELLED = """
            () => [...document.querySelectorAll('input, select, textarea, button')]
              .filter((el) => el.offsetParent !== null)
              .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                && !el.getAttribute('aria-labelledby') && !(el.tagName === 'BUTTON' && el.textContent.trim()))
              .map((el) => el.outerHTML)""";

    @Test
    void the_first_page_load_transfers_less_than_200_kb() {
        var page = newPage();
        var transferred = new AtomicLong();
        page.onRequestFinished(request -> {
            var sizes = request.sizes();
            transferred.addAndGet(sizes.responseHeadersSize + Math.max(0, sizes.responseBodySize));
        });
        page.navigate("/", new Page.NavigateOptions().setWaitUntil(WaitUntilState.NETWORKIDLE));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();

        System.out.printf("first page load: %d bytes transferred%n", transferred.get());
        assertThat(transferred.get()).isPositive().isLessThan(FIRST_LOAD_BUDGET);
    }

    @Test
    void a_customer_signs_up_reserves_and_cancels_by_keyboard_alone_and_every_input_has_a_label() {
        var admin = system.login("admin", "admin");
        var plate = plate("사");
        registerCar(admin, plate, "Hyundai Casper", 35_000);
        var page = newPage();
        page.navigate("/#/signup");

        // the page puts the cursor in the first field; Tab and typing do the rest
        assertThat(field(page, "Username")).isFocused();
        assertLabelled(page);
        page.keyboard().type("keys." + suffix);
        for (var value : List.of("s3cret-pass", "Lee Jun", "jun@example.com", "010-2222-3333")) {
            page.keyboard().press("Tab");
            page.keyboard().type(value);
        }
        page.keyboard().press("Enter");
        assertThat(page.getByText("Welcome, Lee Jun!")).isVisible();

        carOnOffer(page, plate, next -> {
            tabTo(page, "Next");
            page.keyboard().press("Enter");
        });
        tabTo(page, "Reserve " + plate);
        page.keyboard().press("Enter");
        assertThat(page.locator("output.price")).containsText("₩35,000");
        assertLabelled(page);
        confirmReservation(page, () -> {
            tabTo(page, "Confirm and pay ₩35,000");
            page.keyboard().press("Enter");
        });
        var toMyPage = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See it on My Page"));
        assertThat(toMyPage).isFocused();
        page.keyboard().press("Enter");

        tabTo(page, "Cancel " + plate);
        page.keyboard().press("Enter");
        assertThat(button(page, "Keep it")).isFocused(); // the safe answer is the default
        page.keyboard().press("Escape");
        assertThat(page.locator("#confirm")).isHidden();
        assertThat(button(page, "Cancel " + plate)).isFocused(); // back where the person was
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(button(page, "Yes, cancel it")).isFocused();
        page.keyboard().press("Enter");
        // a refund delayed on a busy machine is answered 202 first; either way the page ends saying it is done
        assertThat(page.locator("main .message")).hasText("The reservation is cancelled and ₩35,000 is refunded.");
    }

    @Test
    void the_admin_pages_have_a_label_on_every_input() {
        var page = newPage();
        logIn(page, "admin", "admin");
        assertThat(page.locator("tbody tr").first()).isVisible();
        assertLabelled(page);
        nav(page, "Register a car").click();
        assertThat(field(page, "Plate number")).isFocused();
        assertLabelled(page);
        nav(page, "Rentals").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rentals"))).isVisible();
        assertLabelled(page);
    }

    @Test
    void my_page_fits_a_phone_screen() {
        var admin = system.login("admin", "admin");
        var plate = plate("아");
        var carId = registerCar(admin, plate, "Kia Niro", 45_000);
        var username = "phone." + suffix;
        var token = system.newCustomer(username);
        reserveViaApi(token, carId, TOMORROW, TOMORROW.plusDays(2));

        var page = newPage(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
        page.navigate("/");
        field(page, "아이디").fill(username);
        field(page, "비밀번호").fill("s3cret-pass");
        button(page, "로그인").click();
        assertThat(page.locator("li.car").first().or(page.getByText("지금 예약할 수 있는 차량이 없습니다", new Page.GetByTextOptions().setExact(false)))).isVisible();
        assertFitsWidth(page);
        screenshot(page, "phone-cars");

        nav(page, "마이페이지").click();
        var row = page.locator("tr[data-reservation-id]").filter(new Locator.FilterOptions().setHasText(plate));
        assertThat(row.locator(".badge.reservation")).hasText("예약확정");
        assertThat(row.locator(".badge.payment")).hasText("결제완료");
        assertFitsWidth(page);
        screenshot(page, "phone-mypage");
    }

    /** Presses Tab until the control with this accessible name has the focus (a keyboard user's way there). */
    private static void tabTo(Page page, String name) {
        var target = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
                .or(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)));
        assertThat(target).isVisible();
        for (int presses = 0; presses < 300; presses++) {
            if ((Boolean) target.evaluate("el => el === document.activeElement")) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + name);
    }

    @SuppressWarnings("unchecked")
    private static void assertLabelled(Page page) {
        var unlabelled = (List<String>) page.evaluate(UNLABELLED);
        assertThat(unlabelled).as("controls without a label on " + page.url()).isEmpty();
    }

    private static void assertFitsWidth(Page page) {
        var overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in pixels").isLessThanOrEqualTo(0);
    }
}
