package io.zongshu.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void only_given_filters_become_conditions() {
        Where where = Where.of().and("a = :a", "a", 1).and("b = :b", "b", null).and("c in :c", "c", List.of())
                .and("d in :d", "d", List.of("x", "y"));
        assertEquals("a = :a and d in :d", where.jpql());
        assertEquals(" where a = :a and d in :d", where.clause());
        assertEquals(Map.of("a", 1, "d", List.of("x", "y")), where.parameters());
        assertEquals("", Where.of().and("a = :a", "a", null).clause());
    }

    @Test
    void for_jdbc_names_become_positions_and_lists_one_position_each() {
        List<Object> positional = new ArrayList<>();
        String sql = Where.of().and("v.id = :id", "id", 7L).and("v.code IN (:codes)", "codes", List.of("a", "b", "c"))
                .and(true, "(v.x > :lo and v.x < :hi)", Map.of("lo", 1, "hi", 9)).sql(positional);
        assertEquals(" WHERE v.id = ? AND v.code IN (?, ?, ?) AND (v.x > ? and v.x < ?)", sql);
        assertEquals(List.of(7L, "a", "b", "c", 1, 9), positional);
        assertEquals("", Where.of().sql(new ArrayList<>()));
    }
}
