package io.zongshu.period;

import io.zongshu.common.CodedEnum;

public enum PeriodKind implements CodedEnum {
    YEAR("year");

    private final String code;

    PeriodKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<PeriodKind> {
        public Converter() {
            super(PeriodKind.class);
        }
    }
}
