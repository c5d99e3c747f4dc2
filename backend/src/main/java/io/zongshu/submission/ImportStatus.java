package io.zongshu.submission;

import io.zongshu.common.CodedEnum;

/** imported: written (and submitted when asked); dry_run: checked only, nothing written. */
public enum ImportStatus implements CodedEnum {
    IMPORTED("imported"), DRY_RUN("dry_run");

    private final String code;

    ImportStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
