package io.zongshu.export;

import io.zongshu.common.CodedEnum;

public enum ExportFormat implements CodedEnum {
    JSON("json", "application/json", "json"),
    JSON_STAT("json-stat", "application/json", "jsonstat.json"),
    CSV("csv", "text/csv; charset=utf-8; header=present", "csv");

    private final String code;
    private final String mediaType;
    private final String extension;

    ExportFormat(String code, String mediaType, String extension) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    @Override
    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
