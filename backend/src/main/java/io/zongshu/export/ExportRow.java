package io.zongshu.export;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One approved value with the names and provenance an export carries. */
public record ExportRow(String indicator, String indicatorNameZh, String indicatorNameEn, String unit,
                        String orgUnit, String orgUnitNameZh, String orgUnitNameEn, String period,
                        BigDecimal value, String qualifier, int revision, String source, String recordedBy,
                        OffsetDateTime recordedAt, Long submission, String approvedBy) {
}
