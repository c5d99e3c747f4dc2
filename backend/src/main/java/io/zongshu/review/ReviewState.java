package io.zongshu.review;

import io.zongshu.common.CodedEnum;

public enum ReviewState implements CodedEnum {
    DRAFT("draft"), PUBLISHED("published");

    private final String code;

    ReviewState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<ReviewState> {
        public Converter() {
            super(ReviewState.class);
        }
    }
}
