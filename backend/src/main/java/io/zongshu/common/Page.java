package io.zongshu.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A page of a list in a stable order, the shape of every paged answer: the items, and {@code next} to pass
 * as {@code after} for the following page, null on the last one.
 */
public record Page<T>(List<T> items, Long next) {

    /**
     * The page out of {@code rows}, read in list order after the request's cursor, at most
     * {@link PageRequest#rowsToRead()} of them; {@code cursor} is a row's position, {@code view} its item.
     */
    public static <R, T> Page<T> of(List<R> rows, PageRequest request, ToLongFunction<R> cursor, Function<R, T> view) {
        if (rows.size() <= request.limit()) {
            return new Page<>(rows.stream().map(view).toList(), null);
        }
        List<R> page = rows.subList(0, request.limit());
        return new Page<>(page.stream().map(view).toList(), cursor.applyAsLong(page.get(page.size() - 1)));
    }
}
