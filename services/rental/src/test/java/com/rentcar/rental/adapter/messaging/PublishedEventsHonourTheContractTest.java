package com.rentcar.rental.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.rentcar.contracts.EventContract;
import com.rentcar.platform.test.TestTokens;
import com.rentcar.platform.test.TopicReader;
import com.rentcar.rental.support.RentalApi;
import com.rentcar.rental.support.RentalServiceTest;

/**
 * Every event on {@code rental-events}, as another service reads it from the broker, honours the event contract
 * (contracts/, AsyncAPI and JSON Schema): the envelope, the payload of its type, and the key = subject.
 */
class PublishedEventsHonourTheContractTest extends RentalServiceTest {

    @Test
    void every_event_published_on_rental_events_honours_the_contract() {
        var cancelled = Payment.newPayment();
        var cancelledRental = rentedOut(cancelled).path("id").asString();
        publishCancelled(cancelled);
        awaitRental(cancelled.reservationId(), "CANCELLED");
        var returned = Payment.newPayment();
        var returnedRental = rentedOut(returned).path("id").asString();
        RentalApi.ok(api.post("/api/rentals/" + returnedRental + "/return", TestTokens.admin()));
        assertThat(types(rentalEvents(cancelledRental))).containsExactly("Rented", "RentalCancelled");
        assertThat(types(rentalEvents(returnedRental))).containsExactly("Rented", "CarReturned");

        try (var reader = new TopicReader(bootstrapServers, RENTAL_EVENTS)) {
            reader.allWithKey(returnedRental);
            var published = reader.records();

            assertThat(published).extracting(r -> RentalApi.JSON.readTree(r.value()).path("type").asString())
                    .containsAll(EventContract.typesOn(RENTAL_EVENTS));
            published.forEach(record -> EventContract.assertValid(record.key(), record.value()));
        }
    }
}
