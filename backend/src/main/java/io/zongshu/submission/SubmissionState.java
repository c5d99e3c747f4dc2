package io.zongshu.submission;

import io.zongshu.common.CodedEnum;

/** draft → submitted → approved, or submitted → returned → submitted again. */
public enum SubmissionState implements CodedEnum {
    DRAFT("draft"), SUBMITTED("submitted"), RETURNED("returned"), APPROVED("approved");

    private final String code;

    SubmissionState(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** A clerk may change values while the submission is a draft or has been returned. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<SubmissionState> {
        public Converter() {
            super(SubmissionState.class);
        }
    }
}
