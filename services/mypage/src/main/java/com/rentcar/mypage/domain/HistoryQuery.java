package com.rentcar.mypage.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Which part of the history a customer looks at: page {@code page} (from 0) of {@code size} entries, newest first,
 * optionally only the entry of one reservation.
 */
public record HistoryQuery(int page, int size, Optional<UUID> reservationId) {

    public HistoryQuery {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be at least 0 and size at least 1, were " + page + " and " + size);
        }
        reservationId = reservationId != null ? reservationId : Optional.empty();
    }

    public static HistoryQuery firstPage(int size) {
        return new HistoryQuery(0, size, Optional.empty());
    }

    long offset() {
        return (long) page * size;
    }

    boolean matches(HistoryEntry entry) {
        return reservationId.map(entry.reservationId()::equals).orElse(true);
    }
}
