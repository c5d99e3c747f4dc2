package io.zongshu.reconciliation;

import io.zongshu.common.ApiException;
import io.zongshu.datavalue.DataValue;
import io.zongshu.datavalue.Qualifier;
import io.zongshu.indicator.Aggregation;
import io.zongshu.indicator.Indicator;
import io.zongshu.orgunit.OrgUnit;
import io.zongshu.orgunit.OrgUnitLevel;
import io.zongshu.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Compares, per summable indicator, the city's approved value with the sum of its counties' approved values. */
@ApplicationScoped
@Transactional
public class ReconciliationService {

    /** One indicator; approximate when a 余 (more_than) value takes part, which may explain a difference. */
    public record Line(String indicator, String unit, BigDecimal cityValue, Qualifier cityQualifier,
                       BigDecimal countySum, int countiesReporting, List<String> countiesMissing,
                       BigDecimal difference, boolean approximate, ReconciliationStatus status) {
    }

    public record Report(String period, String orgUnit, List<String> counties, List<Line> lines) {
    }

    public Report reconcile(String periodCode) {
        Period.findByCode(periodCode).orElseThrow(() -> ApiException.invalidParameter("period",
                "unknown period " + periodCode));
        OrgUnit city = OrgUnit.<OrgUnit>list("level", OrgUnitLevel.CITY).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("No city org unit is loaded"));
        List<String> counties = OrgUnit.<OrgUnit>list("parentCode = ?1 order by code", city.code()).stream()
                .map(OrgUnit::code).toList();
        Map<String, Map<String, DataValue>> byIndicator = DataValue.<DataValue>list(
                        "select v from DataValue v join fetch v.indicator i where v.periodCode = ?1 and i.aggregation = ?2",
                        periodCode, Aggregation.SUM).stream()
                .collect(Collectors.groupingBy(v -> v.indicator().code(),
                        Collectors.toMap(DataValue::orgUnitCode, v -> v)));
        List<Line> lines = new ArrayList<>();
        for (Indicator indicator : Indicator.<Indicator>list("aggregation = ?1 order by code", Aggregation.SUM)) {
            lines.add(line(indicator, city.code(), counties, byIndicator.getOrDefault(indicator.code(), Map.of())));
        }
        return new Report(periodCode, city.code(), counties, lines);
    }

    static Line line(Indicator indicator, String city, List<String> counties, Map<String, DataValue> values) {
        DataValue cityValue = values.get(city);
        List<DataValue> reported = counties.stream().map(values::get).filter(v -> v != null).toList();
        List<String> missing = counties.stream().filter(c -> !values.containsKey(c)).toList();
        BigDecimal sum = reported.isEmpty() ? null
                : reported.stream().map(DataValue::value).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
        BigDecimal cityNumber = cityValue == null ? null : cityValue.value().stripTrailingZeros();
        BigDecimal difference = sum == null || cityNumber == null ? null : sum.subtract(cityNumber).stripTrailingZeros();
        boolean approximate = (cityValue != null && cityValue.qualifier() == Qualifier.MORE_THAN)
                || reported.stream().anyMatch(v -> v.qualifier() == Qualifier.MORE_THAN);
        return new Line(indicator.code(), indicator.unit(), cityNumber,
                cityValue == null ? null : cityValue.qualifier(), sum, reported.size(), missing, difference,
                approximate, status(cityValue, sum, missing.isEmpty(), difference));
    }

    private static ReconciliationStatus status(DataValue city, BigDecimal sum, boolean allReported,
                                               BigDecimal difference) {
        if (city == null) {
            return sum == null ? ReconciliationStatus.NO_DATA : ReconciliationStatus.CITY_MISSING;
        }
        if (sum == null) {
            return ReconciliationStatus.NO_COUNTY_DATA;
        }
        if (allReported) {
            return difference.signum() == 0 ? ReconciliationStatus.MATCH : ReconciliationStatus.MISMATCH;
        }
        boolean exceedsExactCity = difference.signum() > 0 && city.qualifier() == Qualifier.EXACT;
        return exceedsExactCity ? ReconciliationStatus.MISMATCH : ReconciliationStatus.INCOMPLETE;
    }
}
