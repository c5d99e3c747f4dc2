package io.zongshu.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorTest {
    private final Indicator count = new Indicator("theory.x", "x", "x", "个", ValueType.COUNT, Aggregation.SUM,
            Category.THEORY, null, null);
    private final Indicator share = new Indicator("cadre.y", "y", "y", "%", ValueType.PERCENT, Aggregation.NONE,
            Category.CADRE, null, null);

    @Test
    void bounds_default_to_the_value_type() {
        assertEquals(Optional.empty(), count.problemWith(new BigDecimal("6300")));
        assertTrue(count.problemWith(new BigDecimal("-1")).isPresent());
        assertTrue(count.problemWith(new BigDecimal("1.5")).orElseThrow().contains("whole number"));
        assertEquals(Optional.empty(), share.problemWith(new BigDecimal("45.93")));
        assertTrue(share.problemWith(new BigDecimal("100.01")).isPresent());
    }

    @Test
    void the_catalogue_refuses_inconsistent_entries() {
        assertThrows(IllegalArgumentException.class, () -> new Indicator("cadre.z", "z", "z", "kg", ValueType.COUNT,
                Aggregation.SUM, Category.CADRE, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Indicator("talent.z", "z", "z", "名", ValueType.COUNT,
                Aggregation.SUM, Category.CADRE, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Indicator("cadre.z", "z", "z", "名", ValueType.COUNT,
                Aggregation.SUM, Category.CADRE, BigDecimal.TEN, BigDecimal.ONE));
    }
}
