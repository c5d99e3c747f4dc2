package io.zongshu.statistics;

import io.zongshu.datavalue.DataValue;
import io.zongshu.datavalue.Qualifier;
import io.zongshu.indicator.ValueType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A themed view of one org unit's figures for a year, grouped the way a reader thinks of them. */
public record FigureGroups(int year, String orgUnit, String period, List<Group> groups) {

    /** A group's definition: a key, zh and en titles, and its indicators in reading order. */
    public record Definition(String key, String titleZh, String titleEn, List<String> indicators) {
    }

    public record Group(String key, String titleZh, String titleEn, List<Figure> figures) {
    }

    /** One approved value, saying which org unit and period it is of. */
    public record Figure(String indicator, String nameZh, String nameEn, String orgUnit, String period,
                         BigDecimal value, String unit, Qualifier qualifier, ValueType valueType) {
        static Figure of(DataValue v) {
            return new Figure(v.indicator().code(), v.indicator().nameZh(), v.indicator().nameEn(), v.orgUnitCode(),
                    v.periodCode(), v.value().stripTrailingZeros(), v.indicator().unit(), v.qualifier(),
                    v.indicator().valueType());
        }
    }

    /** Groups the values by the definitions; indicators without a value are left out, and so are empty groups. */
    static FigureGroups of(int year, String orgUnit, List<Definition> definitions, Map<String, DataValue> byIndicator) {
        List<Group> groups = definitions.stream()
                .map(d -> new Group(d.key(), d.titleZh(), d.titleEn(), d.indicators().stream()
                        .map(byIndicator::get).filter(Objects::nonNull).map(Figure::of).toList()))
                .filter(g -> !g.figures().isEmpty())
                .toList();
        return new FigureGroups(year, orgUnit, String.valueOf(year), groups);
    }
}
