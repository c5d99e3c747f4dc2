package io.zongshu.review;

import io.zongshu.common.CodedEnum;
import io.zongshu.datavalue.Figure;
import io.zongshu.datavalue.Qualifier;
import io.zongshu.review.FigureValues.Key;
import io.zongshu.review.ReviewViews.FigureValue;
import io.zongshu.review.ReviewViews.ValueChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Session;

/** The values an edition froze, and the values approved now, as tables to compare. */
@ApplicationScoped
class ValueTables {
    private static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparing(Key::indicator)
            .thenComparing(Key::orgUnit).thenComparing(Key::period);

    @Inject
    Session session;

    /** What edition {@code id} froze. */
    Map<Key, Figure> ofEdition(long id) {
        return read("SELECT indicator_code, org_unit_code, period_code, numeric_value, qualifier FROM edition_value"
                + " WHERE edition_id = :p", id);
    }

    /** The values approved now for {@code period}. */
    Map<Key, Figure> ofPeriod(String period) {
        return read("SELECT indicator_code, org_unit_code, period_code, numeric_value, qualifier FROM data_value"
                + " WHERE period_code = :p", period);
    }

    /** When a value of {@code period} was last approved; empty when it has none. */
    Optional<OffsetDateTime> newestChange(String period) {
        return Optional.ofNullable(session.createNativeQuery("SELECT MAX(recorded_at) FROM data_value WHERE period_code = :p",
                OffsetDateTime.class).setParameter("p", period).getSingleResult());
    }

    private Map<Key, Figure> read(String sql, Object parameter) {
        Map<Key, Figure> table = new TreeMap<>(ORDER);
        List<Object[]> rows = session.createNativeQuery(sql, Object[].class).setParameter("p", parameter).getResultList();
        for (Object[] row : rows) {
            table.put(new Key((String) row[0], (String) row[1], (String) row[2]), new Figure((BigDecimal) row[3],
                    CodedEnum.fromCode(Qualifier.class, (String) row[4]).orElseThrow()));
        }
        return table;
    }

    /** Every value that is in one table and not the other, or differs between them, in code order. */
    static List<ValueChange> changes(Map<Key, Figure> before, Map<Key, Figure> after) {
        TreeSet<Key> keys = new TreeSet<>(ORDER);
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        List<ValueChange> changes = new ArrayList<>();
        for (Key key : keys) {
            Figure from = before.get(key);
            Figure to = after.get(key);
            if (from == null || !from.sameAs(to)) {
                changes.add(new ValueChange(key.indicator(), key.orgUnit(), key.period(), view(from), view(to)));
            }
        }
        return changes;
    }

    private static FigureValue view(Figure f) {
        return f == null ? null : new FigureValue(f.value(), f.qualifier());
    }
}
