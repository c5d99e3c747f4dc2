package io.zongshu.submission;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value a clerk enters on the form; unit, when given, must be the indicator's. */
@Schema(name = "SubmissionValueInput")
public record SubmissionValueInput(String indicator, BigDecimal value, String qualifier, String unit,
                                   String comment) {
}
