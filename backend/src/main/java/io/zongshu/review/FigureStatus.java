package io.zongshu.review;

import io.zongshu.common.CodedEnum;

/** Where a figure's value stands: approved by the city, submitted and awaiting review, or not there yet. */
public enum FigureStatus implements CodedEnum {
    APPROVED("approved"), SUBMITTED("submitted"), MISSING("missing");

    private final String code;

    FigureStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The less advanced of the two: a figure computed from values is only as far as its least one. */
    FigureStatus worse(FigureStatus other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
