package com.rentcar.mypage.domain;

import java.util.List;

/**
 * One page of a customer's history, newest first: {@code page} counts from 0, {@code totalElements} is how many
 * entries the whole (filtered) history has.
 */
public record HistoryPage(List<HistoryEntry> entries, int page, int size, long totalElements) {

    public HistoryPage {
        entries = List.copyOf(entries);
    }

    /** True on the final page, and on any page beyond it. */
    public boolean last() {
        return (long) (page + 1) * size >= totalElements;
    }
}
