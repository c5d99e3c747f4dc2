package io.zongshu.export;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an export holds: approved values (or a published edition's frozen values) of these periods, org units, categories and indicators (an
 * empty list means all). Org units are already expanded to the units below them when asked.
 */
public record ExportFilter(List<String> periods, List<String> orgUnits, List<String> categories,
                           List<String> indicators, Frozen edition) {

    /** A published edition to read instead of the live values: its frozen values never change. */
    public record Frozen(long id, String code, String contentHash, OffsetDateTime publishedAt) {
    }

    /** One year, every unit, every indicator: a full dump of the year. */
    boolean isWholeYear() {
        return periods.size() == 1 && periods.get(0).matches("[0-9]{4}") && orgUnits.isEmpty() && categories.isEmpty()
                && indicators.isEmpty();
    }

    /** The filter as it is echoed in exports and hashed into ETags: the same filter, the same text. */
    String canonical() {
        return "period=" + String.join(",", periods) + ";orgUnit=" + String.join(",", orgUnits)
                + ";category=" + String.join(",", categories) + ";indicator=" + String.join(",", indicators)
                + (edition == null ? "" : ";edition=" + edition.code());
    }
}
