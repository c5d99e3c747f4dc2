package io.zongshu.datavalue;

import io.zongshu.common.ApiException;
import io.zongshu.indicator.Indicator;
import io.zongshu.orgunit.OrgUnit;
import io.zongshu.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
@Transactional
public class DataValueService {

    /** Approved values matching the filter, ordered by period, org unit and indicator. */
    public List<DataValue> find(MetricFilter filter) {
        requireKnown(filter);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!filter.periods().isEmpty()) {
            where.add("v.periodCode in :periods");
            params.put("periods", filter.periods());
        }
        if (!filter.orgUnits().isEmpty()) {
            where.add("v.orgUnitCode in :orgUnits");
            params.put("orgUnits", filter.orgUnits());
        }
        if (!filter.categories().isEmpty()) {
            where.add("i.category in :categories");
            params.put("categories", filter.categories());
        }
        if (!filter.indicators().isEmpty()) {
            where.add("i.code in :indicators");
            params.put("indicators", filter.indicators());
        }
        String query = "select v from DataValue v join fetch v.indicator i"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by v.periodCode, v.orgUnitCode, i.code";
        return DataValue.find(query, params).list();
    }

    /** Values for the given org units and periods, for rendering documents that refer to them. */
    public List<DataValue> forUnitsAndPeriods(Collection<String> orgUnits, Collection<String> periods) {
        return DataValue.find("select v from DataValue v join fetch v.indicator"
                        + " where v.orgUnitCode in :orgUnits and v.periodCode in :periods",
                Map.of("orgUnits", orgUnits, "periods", periods)).list();
    }

    /** An unknown code in a filter is a mistake to report, not a silently empty answer. */
    private static void requireKnown(MetricFilter filter) {
        filter.periods().forEach(code -> Period.findByCode(code)
                .orElseThrow(() -> ApiException.invalidParameter("period", "unknown period " + code)));
        filter.orgUnits().forEach(code -> OrgUnit.findByCode(code)
                .orElseThrow(() -> ApiException.invalidParameter("orgUnit", "unknown org unit " + code)));
        filter.indicators().forEach(code -> Indicator.findByCode(code)
                .orElseThrow(() -> ApiException.invalidParameter("indicator", "unknown indicator " + code)));
    }
}
