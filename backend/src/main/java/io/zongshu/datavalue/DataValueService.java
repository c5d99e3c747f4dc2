package io.zongshu.datavalue;

import io.zongshu.common.ApiException;
import io.zongshu.common.Where;
import io.zongshu.common.PageRequest;
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

    /**
     * Approved values matching the filter, ordered by period, org unit and indicator: those after the value
     * the page request names, up to {@link PageRequest#rowsToRead()} of them.
     */
    public List<DataValue> find(MetricFilter filter, PageRequest page) {
        requireKnown(filter);
        Where where = Where.of()
                .and("v.periodCode in :periods", "periods", filter.periods())
                .and("v.orgUnitCode in :orgUnits", "orgUnits", filter.orgUnits())
                .and("i.category in :categories", "categories", filter.categories())
                .and("i.code in :indicators", "indicators", filter.indicators());
        if (page.after() != null) {
            // The cursor is a value's id; the page goes on after that value's place in the order.
            DataValue last = DataValue.<DataValue>findByIdOptional(page.after()).orElseThrow(() ->
                    ApiException.invalidParameter("after", "names no value: pass the previous page's next"));
            where.and(true, "(v.periodCode > :afterPeriod or (v.periodCode = :afterPeriod and (v.orgUnitCode > :afterUnit"
                    + " or (v.orgUnitCode = :afterUnit and i.code > :afterIndicator))))", Map.of("afterPeriod",
                    last.periodCode(), "afterUnit", last.orgUnitCode(), "afterIndicator", last.indicator().code()));
        }
        String query = "select v from DataValue v join fetch v.indicator i" + where.clause()
                + " order by v.periodCode, v.orgUnitCode, i.code";
        return DataValue.<DataValue>find(query, where.parameters()).page(0, page.rowsToRead()).list();
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
