package io.zongshu.review;

import io.zongshu.datavalue.Figure;
import io.zongshu.indicator.Indicator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a review's figures are rendered from, read in one go: the catalogue, the org units' children,
 * the periods' start dates, and the values (approved, or submitted and awaiting review).
 */
record FigureValues(Map<String, Indicator> indicators, Map<String, List<String>> childrenByUnit,
                    Map<String, LocalDate> periodStarts, Map<Key, Known> values) {

    /** One value's place: indicator, org unit, period. */
    record Key(String indicator, String orgUnit, String period) {
    }

    /** A value and how far it is: approved, or submitted. */
    record Known(Figure figure, FigureStatus status) {
    }

    Optional<Known> value(String indicator, String orgUnit, String period) {
        return Optional.ofNullable(values.get(new Key(indicator, orgUnit, period)));
    }

    boolean unitExists(String code) {
        return childrenByUnit.containsKey(code);
    }

    List<String> children(String unit) {
        return childrenByUnit.getOrDefault(unit, List.of());
    }
}
