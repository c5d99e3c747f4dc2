package io.zongshu.datavalue;

import io.zongshu.common.CodedEnum;

public enum Qualifier implements CodedEnum {
    EXACT("exact"), MORE_THAN("more_than");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<Qualifier> {
        public Converter() {
            super(Qualifier.class);
        }
    }
}
