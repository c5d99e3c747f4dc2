package io.zongshu.indicator;

import io.zongshu.common.CodedEnum;
import java.math.BigDecimal;

/** What kind of number an indicator holds, and the bounds that kind allows unless the catalogue narrows them. */
public enum ValueType implements CodedEnum {
    COUNT("count", "0", "100000000", true),
    PERCENT("percent", "0", "100", false),
    GROWTH_PERCENT("growth_percent", "-100", "10000", false),
    PERCENTAGE_POINT_CHANGE("percentage_point_change", "-100", "100", false),
    YEAR_CHANGE("year_change", "-100", "100", false);

    private final String code;
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean wholeNumber;

    ValueType(String code, String min, String max, boolean wholeNumber) {
        this.code = code;
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.wholeNumber = wholeNumber;
    }

    @Override
    public String code() {
        return code;
    }

    public BigDecimal defaultMin() {
        return min;
    }

    public BigDecimal defaultMax() {
        return max;
    }

    public boolean wholeNumber() {
        return wholeNumber;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<ValueType> {
        public Converter() {
            super(ValueType.class);
        }
    }
}
