package io.zongshu.common;

/**
 * Which page of a list a client asks for: the rows after the cursor {@code after} (the previous page's
 * {@code next}; null for the first page), at most {@code limit} of them. The same rules for every paged
 * list: 100 rows unless asked, at most 1000, and a bad limit or cursor is a 400 naming it.
 */
public record PageRequest(Long after, int limit) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    /** From the query parameters {@code after} and {@code limit}, either of which may be absent. */
    public static PageRequest of(String after, String limit) {
        return new PageRequest(after == null ? null : Params.id("after", after),
                limit == null ? DEFAULT_LIMIT : Params.intInRange("limit", limit, 1, MAX_LIMIT));
    }

    /** How many rows to read: one more than a page, which tells whether another page follows. */
    public int rowsToRead() {
        return limit + 1;
    }
}
