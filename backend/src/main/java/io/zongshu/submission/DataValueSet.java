package io.zongshu.submission;

import java.math.BigDecimal;
import java.util.List;

/** Many values at once, in the shape county offices know from DHIS2's dataValueSets. */
public record DataValueSet(List<Entry> dataValues) {

    /** One value; qualifier defaults to exact; unit, when given, must be the indicator's. */
    public record Entry(String indicator, String orgUnit, String period, BigDecimal value, String qualifier,
                        String unit, String comment) {
    }
}
