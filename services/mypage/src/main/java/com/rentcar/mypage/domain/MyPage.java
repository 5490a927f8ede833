package com.rentcar.mypage.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a customer sees on My Page: the profile ({@code null} until the registration is heard) and the history of
 * reservations, newest first. Every change is a merge that does not depend on the order events arrive in and that
 * a repeated event leaves as it was, so redelivery and out-of-order delivery both end on the same page.
 */
public record MyPage(UUID customerId, CustomerProfile customer, List<HistoryEntry> history) {

    /** Newest reservation first; the reservation id breaks ties so the order never depends on arrival. */
    private static final Comparator<HistoryEntry> NEWEST_FIRST = Comparator
            .comparing(HistoryEntry::firstHeardAt).reversed()
            .thenComparing(HistoryEntry::reservationId);

    public MyPage {
        Objects.requireNonNull(customerId, "customerId");
        history = history != null ? List.copyOf(history) : List.of();
    }

    /** The page of a customer nothing has been heard about yet. */
    public static MyPage empty(UUID customerId) {
        return new MyPage(customerId, null, List.of());
    }

    /**
     * The page made of pages each holding a part of it (the profile, or one reservation or more), as a store keeps
     * it so that an event rewrites only the part it is about. A reservation held by two parts is taken from the
     * first.
     */
    public static MyPage assembledFrom(UUID customerId, List<MyPage> parts) {
        CustomerProfile profile = null;
        var seen = new HashSet<UUID>();
        var history = new ArrayList<HistoryEntry>();
        for (var part : parts) {
            if (!customerId.equals(part.customerId())) {
                throw new IllegalArgumentException("a part of the page of customer " + part.customerId()
                        + " does not belong on the page of customer " + customerId);
            }
            if (profile == null) {
                profile = part.customer();
            }
            for (var entry : part.history()) {
                if (seen.add(entry.reservationId())) {
                    history.add(entry);
                }
            }
        }
        history.sort(NEWEST_FIRST);
        return new MyPage(customerId, profile, history);
    }

    /** The part of the history {@code query} asks for; the history is kept newest first already. */
    public HistoryPage historyPage(HistoryQuery query) {
        var matching = history.stream().filter(query::matches).toList();
        var entries = matching.stream().skip(query.offset()).limit(query.size()).toList();
        return new HistoryPage(entries, query.page(), query.size(), matching.size());
    }

    /**
     * The page once {@code activity} is heard.
     *
     * @throws IllegalArgumentException when the activity is another customer's
     */
    public MyPage apply(CustomerActivity activity) {
        if (!customerId.equals(activity.customerId())) {
            throw new IllegalArgumentException("activity of customer " + activity.customerId()
                    + " does not belong on the page of customer " + customerId);
        }
        return switch (activity) {
            case CustomerRegistered registered -> new MyPage(customerId, registered.profile(), history);
            case ReservationChanged change -> new MyPage(customerId, customer, merged(change));
        };
    }

    private List<HistoryEntry> merged(ReservationChanged change) {
        var entries = new ArrayList<HistoryEntry>(history.size() + 1);
        var found = false;
        for (var entry : history) {
            if (entry.reservationId().equals(change.reservationId())) {
                entries.add(entry.with(change));
                found = true;
            } else {
                entries.add(entry);
            }
        }
        if (!found) {
            entries.add(HistoryEntry.startedBy(change));
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }
}
