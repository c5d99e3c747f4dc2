package io.zongshu.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** HTTP dates (RFC 9110, 5.6.7): sent as IMF-fixdate, read in any of the three forms. */
public final class HttpDates {
    /** IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** RFC 850, obsolete, after its day name (which a two-digit year cannot be checked against). */
    private static final DateTimeFormatter RFC_850 =
            DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** asctime, obsolete: Sun Nov  6 08:49:37 1994. */
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    /** The IMF-fixdate of an instant, to the second. */
    public static String format(Instant at) {
        return IMF_FIXDATE.format(at);
    }

    /** An HTTP date in any of its three forms, or empty when it is none of them. */
    public static Optional<Instant> parse(String value) {
        String v = value.strip();
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            // one of the obsolete forms, or not a date
        }
        int comma = v.indexOf(", ");
        if (comma > 0) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v.substring(comma + 2), RFC_850);
                // A two-digit year more than 50 years ahead is one of the past century (RFC 9110, 5.6.7).
                return Optional.of((at.isAfter(ZonedDateTime.now(ZoneOffset.UTC).plusYears(50)) ? at.minusYears(100)
                        : at).toInstant());
            } catch (DateTimeParseException e) {
                // not a date
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, ASCTIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
