package io.zongshu.review;

import io.zongshu.common.CodedEnum;

public enum RunKind implements CodedEnum {
    TEXT("text"), FIGURE("figure");

    private final String code;

    RunKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<RunKind> {
        public Converter() {
            super(RunKind.class);
        }
    }
}
