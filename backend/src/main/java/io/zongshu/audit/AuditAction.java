package io.zongshu.audit;

import io.zongshu.common.CodedEnum;

/** What happened, in the history's words. */
public enum AuditAction implements CodedEnum {
    SUBMISSION_CREATED("submission_created"),
    VALUE_ADDED("value_added"),
    VALUE_CHANGED("value_changed"),
    VALUE_REMOVED("value_removed"),
    VALUE_COMMENTED("value_commented"),
    SUBMISSION_SUBMITTED("submission_submitted"),
    SUBMISSION_RETURNED("submission_returned"),
    SUBMISSION_APPROVED("submission_approved"),
    VALUE_APPROVED("value_approved"),
    PERIOD_ADDED("period_added"),
    PERIOD_OPENED("period_opened"),
    PERIOD_CLOSED("period_closed"),
    REVIEW_STARTED("review_started"),
    DRAFT_SAVED("draft_saved"),
    EDITION_PUBLISHED("edition_published"),
    CORRECTION_STARTED("correction_started"),
    INDICATOR_ADDED("indicator_added"),
    INDICATOR_CHANGED("indicator_changed"),
    INDICATOR_REMOVED("indicator_removed");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<AuditAction> {
        public Converter() {
            super(AuditAction.class);
        }
    }
}
