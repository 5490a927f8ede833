package com.rentcar.rental.adapter.web;

import static com.rentcar.rental.support.RentalApi.assertProblem;
import static com.rentcar.rental.support.RentalApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.rentcar.platform.test.TestTokens;
import com.rentcar.rental.support.RentalServiceTest;

/** Rentals and returns are for admins only: customers get 403, callers without a valid token 401, and nothing changes. */
class RentalAccessTest extends RentalServiceTest {

    @Test
    void a_customer_can_neither_see_rentals_nor_record_a_return() {
        var payment = Payment.newPayment();
        var rentalId = rentedOut(payment).path("id").asString();
        var customer = TestTokens.customer(payment.customerId());

        assertProblem(api.get("/api/rentals", customer), 403);
        assertProblem(api.get("/api/rentals?status=RENTED", customer), 403);
        assertProblem(api.get("/api/rentals/" + rentalId, customer), 403);
        assertProblem(api.post("/api/rentals/" + rentalId + "/return", customer), 403);

        assertThat(ok(api.get("/api/rentals/" + rentalId, TestTokens.admin())).path("status").asString())
                .isEqualTo("RENTED");
        assertThat(types(rentalEvents(rentalId))).containsExactly("Rented");
    }

    @Test
    void a_call_without_a_token_is_401() {
        var rentalId = rentedOut(Payment.newPayment()).path("id").asString();

        assertProblem(api.get("/api/rentals", null), 401);
        assertProblem(api.get("/api/rentals/" + rentalId, null), 401);
        assertProblem(api.post("/api/rentals/" + rentalId + "/return", null), 401);

        assertThat(ok(api.get("/api/rentals/" + rentalId, TestTokens.admin())).path("status").asString())
                .isEqualTo("RENTED");
    }

    @Test
    void a_forged_expired_or_foreign_token_is_401_even_when_it_claims_to_be_an_admin() {
        var rentalId = rentedOut(Payment.newPayment()).path("id").asString();
        var someone = UUID.randomUUID();
        var path = "/api/rentals/" + rentalId + "/return";

        assertProblem(api.post(path, TestTokens.tampered(someone)), 401);
        assertProblem(api.post(path, TestTokens.unsigned(someone)), 401);
        assertProblem(api.post(path, TestTokens.signedByStranger(someone)), 401);
        assertProblem(api.post(path, TestTokens.wrongIssuer(someone)), 401);
        assertProblem(api.get("/api/rentals", TestTokens.expired(someone)), 401);

        assertThat(ok(api.get("/api/rentals/" + rentalId, TestTokens.admin())).path("status").asString())
                .isEqualTo("RENTED");
    }

    @Test
    void another_service_account_is_not_staff_either() {
        assertProblem(api.get("/api/rentals", TestTokens.service()), 403);
    }
}
