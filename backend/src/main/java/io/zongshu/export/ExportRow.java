package io.zongshu.export;

import java.time.OffsetDateTime;

/**
 * One approved value with the names and provenance an export carries. The value is its plain decimal text
 * without trailing zeros (12.5, 40, not 4E+1), as every format writes it; recordedAtText is the ISO-8601 instant,
 * submittedAtText the submission's (null for values of a loaded document).
 */
public record ExportRow(String indicator, String indicatorNameZh, String indicatorNameEn, String unit,
                        String orgUnit, String orgUnitNameZh, String orgUnitNameEn, String period,
                        String value, String qualifier, int revision, String source, String recordedBy,
                        OffsetDateTime recordedAt, String recordedAtText, Long submission, String submittedAtText,
                        String approvedBy) {

    /** Digits after the decimal point of the value (0 for a whole number). */
    public int decimals() {
        int point = value.indexOf('.');
        return point < 0 ? 0 : value.length() - point - 1;
    }
}
