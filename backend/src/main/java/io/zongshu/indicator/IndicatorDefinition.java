package io.zongshu.indicator;

import java.math.BigDecimal;

/**
 * What an admin says a catalogue entry is: a new entry, or an entry as it should be after a change.
 * Bounds left out (null) are those of the value type. {@link Indicator} checks it.
 */
public record IndicatorDefinition(String code, String nameZh, String nameEn, String unit, ValueType valueType,
                                  Aggregation aggregation, Category category, BigDecimal min, BigDecimal max) {
}
