package io.zongshu.indicator;

import io.zongshu.common.CodedEnum;

public enum Category implements CodedEnum {
    THEORY("theory"), CADRE("cadre"), GRASSROOTS("grassroots"), TALENT("talent");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<Category> {
        public Converter() {
            super(Category.class);
        }
    }
}
