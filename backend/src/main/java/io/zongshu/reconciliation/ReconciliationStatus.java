package io.zongshu.reconciliation;

import io.zongshu.common.CodedEnum;

/**
 * match: every county reported and they add up to the city's value; mismatch: they do not, or they
 * already exceed an exact city value; incomplete: counties are missing; city_missing: the city has
 * no approved value; no_county_data: no county has one; no_data: neither has.
 */
public enum ReconciliationStatus implements CodedEnum {
    MATCH("match"), MISMATCH("mismatch"), INCOMPLETE("incomplete"), CITY_MISSING("city_missing"),
    NO_COUNTY_DATA("no_county_data"), NO_DATA("no_data");

    private final String code;

    ReconciliationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
