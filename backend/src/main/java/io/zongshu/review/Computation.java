package io.zongshu.review;

import io.zongshu.common.CodedEnum;

/** What a figure shows: a value as it is, or one computed from values. */
public enum Computation implements CodedEnum {
    /** The value of the indicator for the unit and period. */
    VALUE("value"),
    /** Growth in percent against an earlier period of the same indicator and unit: (now − then) / then. */
    GROWTH("growth"),
    /** The difference against an earlier period, in the indicator's unit (percentage points for a %). */
    CHANGE("change"),
    /** The sum of the values of the unit's children (the counties of the city). */
    SUM("sum");

    private final String code;

    Computation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Growth and change compare with an earlier period, which the marker must name. */
    public boolean needsBasePeriod() {
        return this == GROWTH || this == CHANGE;
    }
}
