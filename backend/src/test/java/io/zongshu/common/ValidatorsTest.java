package io.zongshu.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The conditional-GET rules every read goes by (RFC 9110, 13.1.2, 13.1.3 and 13.2.2). */
class ValidatorsTest {
    private static final Instant CHANGED = Instant.parse("2021-12-30T08:15:30.250Z");
    private static final Validators V = new Validators(new EntityTag("abc"), CHANGED);
    private static final String SAME_SECOND = "Thu, 30 Dec 2021 08:15:30 GMT";

    @Test
    void last_modified_is_an_imf_fixdate_to_the_second() {
        assertEquals(Optional.of(SAME_SECOND), V.lastModifiedHeader());
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDates.format(Instant.parse("1994-11-06T08:49:37Z")));
        Map<String, String> headers = new LinkedHashMap<>();
        V.writeTo(headers::put);
        assertEquals(Map.of("ETag", "\"abc\"", "Last-Modified", SAME_SECOND), headers);
        Map<String, String> noDate = new LinkedHashMap<>();
        Validators.of(new EntityTag("abc")).writeTo(noDate::put);
        assertEquals(Map.of("ETag", "\"abc\""), noDate);
    }

    @Test
    void all_three_http_date_forms_are_read_and_anything_else_is_not_a_date() {
        Instant at = Instant.parse("1994-11-06T08:49:37Z");
        assertEquals(Optional.of(at), HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(Optional.of(at), HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals(Optional.of(at), HttpDates.parse("Sun Nov  6 08:49:37 1994"));
        for (String bad : new String[] {"", "yesterday", "2021-12-30T08:15:30Z", "Thu, 30 Dec 2021 25:15:30 GMT"}) {
            assertEquals(Optional.empty(), HttpDates.parse(bad), bad);
        }
    }

    @Test
    void if_none_match_names_the_tag_weakly_or_with_a_star() {
        assertTrue(V.notModified("\"abc\"", null));
        assertTrue(V.notModified("W/\"abc\"", null));
        assertTrue(V.notModified("\"x\", \"abc\"", null));
        assertTrue(V.notModified("*", null));
        assertFalse(V.notModified("\"abcd\"", null));
        assertFalse(V.notModified("abc", null));
    }

    @Test
    void if_modified_since_is_304_when_nothing_changed_after_it() {
        assertTrue(V.notModified(null, SAME_SECOND));
        assertTrue(V.notModified(null, "Fri, 31 Dec 2021 00:00:00 GMT"));
        assertFalse(V.notModified(null, "Thu, 30 Dec 2021 08:15:29 GMT"));
    }

    @Test
    void the_etag_wins_when_both_are_sent() {
        assertFalse(V.notModified("\"other\"", SAME_SECOND));
        assertTrue(V.notModified("\"abc\"", "Thu, 01 Jan 1970 00:00:00 GMT"));
    }

    @Test
    void an_unusable_if_modified_since_is_ignored() {
        String future = HttpDates.format(Instant.now().plusSeconds(3600));
        assertFalse(new Validators(new EntityTag("abc"), Instant.now().minusSeconds(60)).notModified(null, future),
                "a date in the future says nothing");
        assertFalse(V.notModified(null, "not a date"));
        assertFalse(Validators.of(new EntityTag("abc")).notModified(null, SAME_SECOND), "no Last-Modified, no 304");
        assertEquals(Optional.empty(), V.modifiedAt((OffsetDateTime) null).lastModifiedHeader());
    }
}
