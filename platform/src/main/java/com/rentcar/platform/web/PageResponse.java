package com.rentcar.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every paged endpoint answers it: {@code page} counts from 0, {@code totalElements} is the
 * length of the whole list, and {@code last} is true on its final page (and on any page beyond it).
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, boolean last) {

    public PageResponse {
        content = List.copyOf(content);
    }

    /** The answer for a page of {@code items}, each shown as {@code shown} makes it. */
    public static <S, T> PageResponse<T> of(List<S> items, Function<? super S, ? extends T> shown, int page, int size,
            long totalElements, boolean last) {
        return new PageResponse<>(items.stream().<T>map(shown).toList(), page, size, totalElements, last);
    }
}
