package io.zongshu.period;

import io.zongshu.common.CodedEnum;

public enum PeriodState implements CodedEnum {
    OPEN("open"), CLOSED("closed");

    private final String code;

    PeriodState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<PeriodState> {
        public Converter() {
            super(PeriodState.class);
        }
    }
}
