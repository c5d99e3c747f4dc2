package io.zongshu.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

public final class Timestamps {
    private Timestamps() {
    }

    /** Now in UTC, to the microsecond: what both databases keep, so a re-read time equals the written one. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The latest of some times (nulls left out); empty when there are none. */
    public static Optional<OffsetDateTime> newest(Stream<OffsetDateTime> times) {
        return times.filter(Objects::nonNull).max(Comparator.naturalOrder());
    }
}
