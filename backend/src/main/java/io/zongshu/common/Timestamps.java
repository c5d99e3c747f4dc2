package io.zongshu.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

public final class Timestamps {
    private Timestamps() {
    }

    /** Now in UTC, to the microsecond: what both databases keep, so a re-read time equals the written one. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
