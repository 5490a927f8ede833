package com.rentcar.mypage.adapter.streams;

import java.util.ArrayList;
import java.util.UUID;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import com.rentcar.mypage.domain.CustomerActivity;
import com.rentcar.mypage.domain.CustomerRegistered;
import com.rentcar.mypage.domain.MyPage;
import com.rentcar.mypage.domain.ReservationChanged;

/**
 * How a customer's page lies in the store: one value per part, so that an event rewrites only the part it is about
 * and its cost does not grow with the customer's history. {@code <customer>/} holds the profile and
 * {@code <customer>/<reservation>} one reservation; all of a customer's keys sort together, and a range read gives
 * the page. A page written whole under {@code <customer>} by an earlier version is still read, and split into parts
 * the first time the customer's page changes.
 */
final class PageParts {

    private static final char SEPARATOR = '/';
    /** Sorts after every reservation id (ASCII), so {@code <customer>} to this bounds a customer's keys. */
    private static final String LAST = "/\uffff";

    private PageParts() {
    }

    /** The key of the part {@code activity} changes. */
    static String keyOf(CustomerActivity activity) {
        return switch (activity) {
            case CustomerRegistered registered -> profileKey(registered.customerId());
            case ReservationChanged change -> entryKey(change.customerId(), change.reservationId());
        };
    }

    /** The customer's page as the store holds it now, or {@code null} when it holds nothing of it. */
    static MyPage read(ReadOnlyKeyValueStore<String, MyPage> store, UUID customerId) {
        var parts = new ArrayList<MyPage>();
        // from <customer> itself: a page kept whole is in the same range, and no other customer's key is (ids have
        // one length, so another id differs from this one before its end)
        try (var range = store.range(wholePageKey(customerId), customerId + LAST)) {
            range.forEachRemaining(part -> parts.add(part.value));
        }
        return parts.isEmpty() ? null : MyPage.assembledFrom(customerId, parts);
    }

    /** The key of the profile part. */
    static String profileKey(UUID customerId) {
        return customerId.toString() + SEPARATOR;
    }

    /** The key of a reservation's part. */
    static String entryKey(UUID customerId, UUID reservationId) {
        return profileKey(customerId) + reservationId;
    }

    /** The key under which an earlier version kept the whole page. */
    static String wholePageKey(UUID customerId) {
        return customerId.toString();
    }
}
