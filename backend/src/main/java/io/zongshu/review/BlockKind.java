package io.zongshu.review;

import io.zongshu.common.CodedEnum;

public enum BlockKind implements CodedEnum {
    LEAD("lead"), TOPIC("topic"), PARAGRAPH("paragraph"), CLOSING("closing");

    private final String code;

    BlockKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<BlockKind> {
        public Converter() {
            super(BlockKind.class);
        }
    }
}
