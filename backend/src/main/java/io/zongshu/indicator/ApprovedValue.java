package io.zongshu.indicator;

import java.math.BigDecimal;

/** An approved value of an indicator, as a catalogue change reports it (the qualifier by its code). */
public record ApprovedValue(String indicator, String orgUnit, String period, BigDecimal value, String qualifier) {
}
