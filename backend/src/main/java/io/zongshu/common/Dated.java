package io.zongshu.common;

import java.time.OffsetDateTime;
import java.util.stream.Stream;

/**
 * A view, and when the data behind it last changed: what a read's Last-Modified says.
 * {@code lastModified} is null when nothing tells (an empty list).
 */
public record Dated<T>(T value, OffsetDateTime lastModified) {

    /** The view, last modified at the newest of {@code changes}. */
    public static <T> Dated<T> of(T value, Stream<OffsetDateTime> changes) {
        return new Dated<>(value, Timestamps.newest(changes).orElse(null));
    }
}
