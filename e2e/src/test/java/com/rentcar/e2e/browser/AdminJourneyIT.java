package com.rentcar.e2e.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The staff's story in a browser: register a car (mistakes shown by the fields), follow it in the ledger, record its return. */
class AdminJourneyIT extends BrowserTest {

    @Test
    void an_admin_registers_a_car_follows_it_in_the_ledger_and_records_its_return() {
        var page = newPage();
        logIn(page, "admin", "admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Car ledger"))).isVisible();

        // register: what the service refuses is shown next to the field it is about
        nav(page, "Register a car").click();
        var plate = plate("라");
        var model = "Kia EV6 " + suffix;
        field(page, "Plate number").fill(" ");
        field(page, "Model").fill(model);
        field(page, "Daily rate (KRW)").fill("0");
        button(page, "Register").click();
        assertThat(page.locator("[data-error-for='plateNumber']")).isVisible();
        assertThat(page.locator("[data-error-for='dailyRate']")).isVisible();
        assertThat(page.locator("[data-error-for='model']")).isHidden();
        assertThat(field(page, "Plate number")).hasAttribute("aria-invalid", "true");
        assertThat(field(page, "Daily rate (KRW)")).hasAttribute("aria-invalid", "true");
        assertThat(field(page, "Plate number")).isFocused(); // the first mistake has the focus
        screenshot(page, "register-errors");

        field(page, "Plate number").fill(plate);
        field(page, "Daily rate (KRW)").fill("80000");
        button(page, "Register").click();
        assertThat(page.getByText("Registered " + plate + " (" + model + ") at ₩80,000 per day.")).isVisible();
        assertThat(page.locator("[data-error-for='plateNumber']")).isHidden();

        // the ledger, filtered by model and status; the car's status changes there by itself
        nav(page, "Car ledger").click();
        field(page, "Model contains").fill(suffix);
        var row = page.locator("tr[data-plate='" + plate + "']");
        assertThat(row.locator(".badge")).hasText("Available");
        assertThat(page.locator("tbody tr")).hasCount(1);
        field(page, "Status").selectOption("RENTED");
        assertThat(row).hasCount(0);

        var customer = system.newCustomer("ev6." + suffix);
        reserveViaApi(customer, carIdOf(plate), TOMORROW, TOMORROW.plusDays(2));
        assertThat(row.locator(".badge")).hasText("Rented");
        screenshot(page, "ledger");

        // rentals: record the return, after confirming
        nav(page, "Rentals").click();
        var rental = page.locator("tr[data-rental-id]").filter(new Locator.FilterOptions().setHasText(plate));
        assertThat(rental.locator(".badge")).hasText("Rented");
        screenshot(page, "rentals");
        rental.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record return: " + plate + " · " + model)).click();
        assertThat(page.locator("#confirm-text")).hasText("Record the return of " + plate + " · " + model + "?");
        page.locator("#confirm-yes").click();
        assertThat(page.getByText("The return of " + plate + " · " + model + " is recorded.")).isVisible();
        assertThat(rental.locator(".badge")).hasText("Returned");

        nav(page, "Car ledger").click();
        field(page, "Model contains").fill(suffix);
        assertThat(page.locator("tr[data-plate='" + plate + "'] .badge")).hasText("Available");
    }

    private String carIdOf(String plate) {
        var admin = system.login("admin", "admin");
        for (var car : system.get("/api/cars", admin).json()) {
            if (car.get("plateNumber").asString().equals(plate)) {
                return car.get("id").asString();
            }
        }
        throw new AssertionError("no car " + plate + " in the ledger");
    }
}
