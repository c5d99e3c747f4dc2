package io.zongshu.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zongshu.cache.ReadCache.Fill;
import io.zongshu.common.Validators;
import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One read fills a key at a time; a change while it runs, or an answer too large, keeps nothing. */
class ReadCacheFillTest {
    private static final String KEY = "/api/v1/periods\n\n";
    private ReadCache cache;

    @BeforeEach
    void cache() {
        cache = new ReadCache();
        cache.maxBytes = 1 << 20;
        cache.maxEntryBytes = 1 << 16;
        cache.enable();
    }

    private static CachedRead answer(String body) {
        return new CachedRead(List.of(), body.getBytes(StandardCharsets.UTF_8),
                new Validators(new EntityTag("t"), null), false, false, null);
    }

    @Test
    void while_one_read_fills_a_key_the_others_do_not_and_nothing_is_served() {
        Fill first = cache.claim(KEY).orElseThrow();
        assertTrue(cache.claim(KEY).isEmpty(), "a second read does not fill the same key");
        assertFalse(cache.get(KEY).ready(), "the placeholder is never served");
        assertEquals(0, cache.size());

        CachedRead read = answer("[]");
        assertTrue(cache.put(first, read));
        cache.release(first); // the first read's end: it kept its answer, nothing to release
        assertSame(read, cache.get(KEY));
        read.compress();
        assertTrue(cache.get(KEY).ready());
        assertEquals(1, cache.size());
    }

    @Test
    void a_read_that_keeps_nothing_lets_the_next_one_fill() {
        Fill first = cache.claim(KEY).orElseThrow();
        cache.release(first); // e.g. its answer was a 404
        assertNull(cache.get(KEY));
        assertTrue(cache.claim(KEY).isPresent());
    }

    @Test
    void an_answer_read_before_a_change_is_not_kept_after_it() {
        Fill before = cache.claim(KEY).orElseThrow();
        cache.invalidate();
        Fill after = cache.claim(KEY).orElseThrow();
        assertFalse(cache.put(before, answer("[\"old\"]")));
        cache.release(before); // does not drop the newer fill's placeholder
        assertTrue(cache.claim(KEY).isEmpty(), "the newer read still fills the key");
        assertTrue(cache.put(after, answer("[\"new\"]")));
        assertEquals(1, cache.size());
    }

    @Test
    void an_answer_too_large_to_keep_is_not_tried_again_until_the_data_changes() {
        Fill fill = cache.claim(KEY).orElseThrow();
        cache.neverKeep(fill);
        cache.release(fill);
        assertTrue(cache.claim(KEY).isEmpty());
        assertFalse(cache.get(KEY).ready());
        cache.invalidate();
        assertTrue(cache.claim(KEY).isPresent());
    }
}
