package io.zongshu.datavalue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number as a figure states it: the value and whether it is exact or "more than" (the text's 余).
 * 12 and 12.0 are the same figure, so the value is kept without trailing zeros.
 */
public record Figure(BigDecimal value, Qualifier qualifier) {
    public Figure {
        value = Objects.requireNonNull(value, "value").stripTrailingZeros();
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /** Whether both state the same number the same way (12 = 12.0; 6300 is not 6300余). */
    public boolean sameAs(Figure other) {
        return other != null && value.compareTo(other.value) == 0 && qualifier == other.qualifier;
    }
}
