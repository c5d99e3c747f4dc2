package io.zongshu.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The shape of a dataset file (see src/main/resources/dataset/). */
record DatasetFile(List<OrgUnitEntry> orgUnits, List<PeriodEntry> periods, List<IndicatorEntry> indicators,
                   ValuesEntry dataValues, ReviewEntry review) {

    record OrgUnitEntry(String code, String nameZh, String nameEn, String level, String parent) {
    }

    record PeriodEntry(String code, String kind, LocalDate startDate, LocalDate endDate, String state) {
    }

    record IndicatorEntry(String code, String nameZh, String nameEn, String unit, String valueType,
                          String aggregation, String category, BigDecimal min, BigDecimal max) {
    }

    /** Values that share an org unit, a period and a source. */
    record ValuesEntry(String orgUnit, String period, String source, List<ValueEntry> values) {
    }

    record ValueEntry(String indicator, BigDecimal value, String qualifier) {
    }

    record ReviewEntry(int year, String orgUnit, String state, String title, String subtitle,
                       List<SectionEntry> sections) {
    }

    /** Each block is a one-entry map from its kind to its text with {{indicator|format}} figure markers. */
    record SectionEntry(String key, String heading, String theme, List<Map<String, String>> blocks) {
    }
}
