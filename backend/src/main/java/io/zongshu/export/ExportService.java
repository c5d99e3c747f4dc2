package io.zongshu.export;

import io.zongshu.common.ApiException;
import io.zongshu.review.Edition;
import io.zongshu.indicator.Indicator;
import io.zongshu.orgunit.OrgUnit;
import io.zongshu.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Turns export parameters into a filter of known codes; an unknown code is a 400, not an empty file. */
@ApplicationScoped
@Transactional
public class ExportService {

    public ExportFilter filter(List<String> periods, String from, String to, List<String> orgUnits,
                               boolean descendants, List<String> categories, List<String> indicators,
                               String edition) {
        Edition chosen = edition == null ? null : Edition.findByCode(edition)
                .orElseThrow(() -> ApiException.invalidParameter("edition", "unknown edition " + edition
                        + " (editions are named year-number, e.g. 2021-1)"));
        ExportFilter.Frozen frozen = chosen == null ? null
                : new ExportFilter.Frozen(chosen.id(), chosen.code(), chosen.contentHash(), chosen.publishedAt());
        if (chosen != null && periods.isEmpty() && from == null && to == null) {
            periods = List.of(chosen.periodCode()); // an edition is one year: exporting it whole archives that year
        }
        TreeSet<String> periodCodes = new TreeSet<>();
        for (String p : periods) {
            periodCodes.add(Period.findByCode(p).map(Period::code)
                    .orElseThrow(() -> ApiException.invalidParameter("period", "unknown period " + p)));
        }
        if (from != null || to != null) {
            for (Period p : Period.<Period>listAll()) {
                if ((from == null || p.code().compareTo(from) >= 0) && (to == null || p.code().compareTo(to) <= 0)) {
                    periodCodes.add(p.code());
                }
            }
            if (periodCodes.isEmpty()) {
                throw ApiException.invalidParameter(from != null ? "from" : "to", "no period lies in that range");
            }
        }
        TreeSet<String> units = new TreeSet<>();
        for (String u : orgUnits) {
            OrgUnit unit = OrgUnit.findByCode(u)
                    .orElseThrow(() -> ApiException.invalidParameter("orgUnit", "unknown org unit " + u));
            units.add(unit.code());
            if (descendants) {
                List<String> below = new ArrayList<>(List.of(unit.code()));
                while (!below.isEmpty()) {
                    List<String> children = OrgUnit.<OrgUnit>list("parentCode in ?1", below).stream()
                            .map(OrgUnit::code).toList();
                    units.addAll(children);
                    below = children;
                }
            }
        }
        for (String i : indicators) {
            Indicator.findByCode(i).orElseThrow(() -> ApiException.invalidParameter("indicator", "unknown indicator " + i));
        }
        return new ExportFilter(List.copyOf(periodCodes), List.copyOf(units), List.copyOf(new TreeSet<>(categories)),
                List.copyOf(new TreeSet<>(indicators)), frozen);
    }
}
