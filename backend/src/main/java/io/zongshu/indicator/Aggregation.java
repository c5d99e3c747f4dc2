package io.zongshu.indicator;

import io.zongshu.common.CodedEnum;

public enum Aggregation implements CodedEnum {
    SUM("sum"), NONE("none");

    private final String code;

    Aggregation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<Aggregation> {
        public Converter() {
            super(Aggregation.class);
        }
    }
}
