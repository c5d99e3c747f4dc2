package io.zongshu.datavalue;

import io.zongshu.common.CodedEnum;

public enum ValueState implements CodedEnum {
    APPROVED("approved");

    private final String code;

    ValueState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<ValueState> {
        public Converter() {
            super(ValueState.class);
        }
    }
}
