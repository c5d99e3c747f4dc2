package io.zongshu.submission;

import java.math.BigDecimal;

/** A value a clerk enters on the form; unit, when given, must be the indicator's. */
public record SubmissionValueInput(String indicator, BigDecimal value, String qualifier, String unit,
                                   String comment) {
}
