package io.zongshu.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.zongshu.indicator.Unit;
import io.zongshu.review.ReviewViews.ReviewDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an export as its rows come from the database: native JSON, JSON-stat 2.0 or CSV (RFC 4180).
 * The bytes depend only on the data and the request, so the same data gives the same file.
 */
final class ExportWriter {
    static final int SCHEMA_VERSION = 1;
    /**
     * Part of every export's ETag: raised whenever the same data is written differently, so that a cached
     * copy in the old layout is not confirmed by a 304. 2: JSON-stat decimals, updated, English units.
     * 3: the JSON provenance's submittedAt.
     */
    static final int LAYOUT = 3;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> CSV_COLUMNS = List.of("indicator", "indicator_name", "org_unit",
            "org_unit_name", "period", "value", "unit", "qualifier", "revision", "source", "recorded_by",
            "recorded_at", "submission", "approved_by");

    /** The JSON export's field names, encoded once: a million rows write each of them a million times. */
    private static final SerializedString INDICATOR = new SerializedString("indicator");
    private static final SerializedString ORG_UNIT = new SerializedString("orgUnit");
    private static final SerializedString PERIOD = new SerializedString("period");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString UNIT = new SerializedString("unit");
    private static final SerializedString QUALIFIER = new SerializedString("qualifier");
    private static final SerializedString REVISION = new SerializedString("revision");
    private static final SerializedString PROVENANCE = new SerializedString("provenance");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString RECORDED_BY = new SerializedString("recordedBy");
    private static final SerializedString RECORDED_AT = new SerializedString("recordedAt");
    private static final SerializedString SUBMISSION = new SerializedString("submission");
    private static final SerializedString SUBMITTED_AT = new SerializedString("submittedAt");
    private static final SerializedString APPROVED_BY = new SerializedString("approvedBy");

    private final ExportQuery query;
    private final ObjectMapper json;
    private final ExportFilter filter;
    private final boolean english;
    private final ReviewDocument review;

    /** {@code review}, when given, is written into the JSON export after the values. */
    ExportWriter(ExportQuery query, ObjectMapper json, ExportFilter filter, boolean english, ReviewDocument review) {
        this.query = query;
        this.json = json;
        this.filter = filter;
        this.english = english;
        this.review = review;
    }

    void csv(Connection c, OutputStream out, boolean bom) throws SQLException, IOException {
        if (bom) {
            out.write(UTF8_BOM);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        CSV_COLUMNS.forEach(schema::addColumn);
        try (CsvGenerator g = new CsvMapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setSchema(schema.build());
            query.stream(c, filter, r -> {
                g.writeStartArray();
                g.writeString(r.indicator());
                g.writeString(english ? r.indicatorNameEn() : r.indicatorNameZh());
                g.writeString(r.orgUnit());
                g.writeString(english ? r.orgUnitNameEn() : r.orgUnitNameZh());
                g.writeString(r.period());
                g.writeString(r.value());
                g.writeString(Unit.label(r.unit(), english));
                g.writeString(r.qualifier());
                g.writeNumber(r.revision());
                g.writeString(r.source());
                g.writeString(r.recordedBy());
                g.writeString(r.recordedAtText());
                g.writeString(r.submission() == null ? "" : r.submission().toString());
                g.writeString(orEmpty(r.approvedBy()));
                g.writeEndArray();
            });
        }
    }

    void json(Connection c, OutputStream out) throws SQLException, IOException {
        try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("filter", filter.canonical());
            if (filter.edition() != null) {
                g.writeObjectFieldStart("edition");
                g.writeStringField("code", filter.edition().code());
                g.writeStringField("contentHash", filter.edition().contentHash());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("indicators");
            for (Map<String, Object> indicator : catalogue(c).values()) {
                g.writeObject(indicator);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("dataValues");
            Repeated unit = new Repeated();
            Repeated qualifier = new Repeated();
            Repeated source = new Repeated();
            Repeated recordedBy = new Repeated();
            Repeated recordedAt = new Repeated();
            Repeated submittedAt = new Repeated();
            Repeated approvedBy = new Repeated();
            query.stream(c, filter, r -> {
                g.writeStartObject();
                field(g, INDICATOR, r.indicator());
                field(g, ORG_UNIT, r.orgUnit());
                field(g, PERIOD, r.period());
                g.writeFieldName(VALUE);
                g.writeNumber(r.value());
                field(g, UNIT, unit.of(r.unit()));
                field(g, QUALIFIER, qualifier.of(r.qualifier()));
                g.writeFieldName(REVISION);
                g.writeNumber(r.revision());
                g.writeFieldName(PROVENANCE);
                g.writeStartObject();
                field(g, SOURCE, source.of(r.source()));
                field(g, RECORDED_BY, recordedBy.of(r.recordedBy()));
                field(g, RECORDED_AT, recordedAt.of(r.recordedAtText()));
                if (r.submission() != null) {
                    g.writeFieldName(SUBMISSION);
                    g.writeNumber(r.submission());
                    if (r.submittedAtText() != null) {
                        field(g, SUBMITTED_AT, submittedAt.of(r.submittedAtText()));
                    }
                    field(g, APPROVED_BY, approvedBy.of(r.approvedBy()));
                }
                g.writeEndObject();
                g.writeEndObject();
            });
            g.writeEndArray();
            if (review != null) {
                g.writeObjectField("review", review);
            }
            g.writeEndObject();
        }
    }

    /**
     * A JSON-stat 2.0 dataset: indicator × org unit × period, values dense in that order, status for 余.
     * The dimensions come after the values: each indicator's decimals and the dataset's update time are
     * only known once its values are written, and a second pass would read them all again.
     */
    void jsonStat(Connection c, OutputStream out) throws SQLException, IOException {
        Map<String, Map<String, Object>> indicators = catalogue(c);
        List<String> units = query.codes(c, filter, "v.org_unit_code");
        List<String> periods = query.codes(c, filter, "v.period_code");
        if (indicators.isEmpty()) {
            // No value matches. A dimension of size 0 leaves no cell, which clients read as no dataset
            // (jsonstat-toolkit's toTable() gives null): describe the cube asked for, every cell missing.
            indicators = catalogue(c, query.catalogueIndicators(c, filter));
            units = filter.orgUnits().isEmpty() ? query.allCodes(c, "org_unit") : filter.orgUnits();
            periods = filter.periods().isEmpty() ? query.allCodes(c, "period") : filter.periods();
        }
        List<String> indicatorCodes = new ArrayList<>(indicators.keySet());
        Map<String, String> unitNames = unitNames(c, units);
        int[] size = {indicatorCodes.size(), units.size(), periods.size()};
        Map<String, Integer> indicatorIndex = index(indicatorCodes);
        Map<String, Integer> unitIndex = index(units);
        Map<String, Integer> periodIndex = index(periods);
        CellIndex cell = r -> ((long) indicatorIndex.get(r.indicator()) * size[1] + unitIndex.get(r.orgUnit()))
                * size[2] + periodIndex.get(r.period());
        try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("version", "2.0");
            g.writeStringField("class", "dataset");
            g.writeStringField("label", english ? "Zongshu approved values" : "综述 已审定数据");
            g.writeStringField("source", english ? "Zongshu" : "综述");
            g.writeArrayFieldStart("id");
            g.writeString("indicator");
            g.writeString("orgUnit");
            g.writeString("period");
            g.writeEndArray();
            g.writeArrayFieldStart("size");
            for (int s : size) {
                g.writeNumber(s);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("role");
            g.writeObjectField("metric", List.of("indicator"));
            g.writeObjectField("geo", List.of("orgUnit"));
            g.writeObjectField("time", List.of("period"));
            g.writeEndObject();
            // While the values stream: per indicator the most decimals a value carries, and the newest change.
            Map<String, Integer> decimals = new HashMap<>();
            OffsetDateTime[] newest = {null};
            g.writeArrayFieldStart("value");
            long total = (long) size[0] * size[1] * size[2];
            long[] next = {0};
            query.stream(c, filter, r -> {
                for (long at = cell.of(r); next[0] < at; next[0]++) {
                    g.writeNull();
                }
                g.writeNumber(r.value());
                next[0]++;
                decimals.merge(r.indicator(), r.decimals(), Math::max);
                if (newest[0] == null || r.recordedAt().isAfter(newest[0])) {
                    newest[0] = r.recordedAt();
                }
            });
            for (; next[0] < total; next[0]++) {
                g.writeNull();
            }
            g.writeEndArray();
            // A second pass for the 余 values, so that nothing grows with the size of the export.
            g.writeObjectFieldStart("status");
            query.stream(c, filter, true, r -> g.writeStringField(String.valueOf(cell.of(r)), "more_than"));
            g.writeEndObject();
            // An edition was last updated when it was published; live values when the newest was recorded.
            // With no value there is no update time to state (updated is optional in JSON-stat).
            OffsetDateTime updated = filter.edition() != null ? filter.edition().publishedAt() : newest[0];
            if (updated != null) {
                g.writeStringField("updated", jsonStatTime(updated));
            }
            g.writeObjectFieldStart("dimension");
            Map<String, Object> indicatorLabels = new LinkedHashMap<>();
            Map<String, Object> indicatorUnits = new LinkedHashMap<>();
            indicators.forEach((code, entry) -> {
                indicatorLabels.put(code, entry.get(english ? "nameEn" : "nameZh"));
                // In this order, every run: a Map.of would iterate in an order that differs between JVM runs.
                Map<String, Object> unit = new LinkedHashMap<>();
                unit.put("label", Unit.label((String) entry.get("unit"), english));
                unit.put("decimals", decimals.getOrDefault(code, 0));
                indicatorUnits.put(code, unit);
            });
            dimension(g, "indicator", english ? "Indicator" : "指标", indicatorCodes, indicatorLabels, indicatorUnits);
            dimension(g, "orgUnit", english ? "Org unit" : "单位", units, new LinkedHashMap<>(unitNames), null);
            Map<String, Object> periodLabels = new LinkedHashMap<>();
            periods.forEach(p -> periodLabels.put(p, p));
            dimension(g, "period", english ? "Period" : "时期", periods, periodLabels, null);
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** The position of a row's value in the dense value array (indicator, org unit, period order). */
    private interface CellIndex {
        long of(ExportRow row);
    }

    /** UTC to the millisecond: the ECMA-262 date-time form that JSON-stat asks for (Date.parse reads it). */
    private static String jsonStatTime(OffsetDateTime t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.toInstant().truncatedTo(ChronoUnit.MILLIS));
    }

    private static void dimension(JsonGenerator g, String id, String label, List<String> index,
                                  Map<String, Object> labels, Map<String, Object> units) throws IOException {
        g.writeObjectFieldStart(id);
        g.writeStringField("label", label);
        g.writeObjectFieldStart("category");
        g.writeObjectField("index", index);
        // Only when a category exists: JSON-stat's schema wants a category label object to hold one.
        if (!index.isEmpty()) {
            g.writeObjectField("label", labels);
            if (units != null) {
                g.writeObjectField("unit", units);
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The catalogue entries of the indicators present in the export, in code order. */
    private Map<String, Map<String, Object>> catalogue(Connection c) throws SQLException {
        return catalogue(c, query.codes(c, filter, "v.indicator_code"));
    }

    /** The catalogue entries of these indicators, in code order. */
    private Map<String, Map<String, Object>> catalogue(Connection c, List<String> codes) throws SQLException {
        Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return entries;
        }
        String sql = "SELECT code, name_zh, name_en, unit, value_type, aggregation, category FROM indicator"
                + " WHERE code IN (" + String.join(", ", java.util.Collections.nCopies(codes.size(), "?"))
                + ") ORDER BY code";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < codes.size(); i++) {
                s.setString(i + 1, codes.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("code", r.getString(1));
                    e.put("nameZh", r.getString(2));
                    e.put("nameEn", r.getString(3));
                    e.put("unit", r.getString(4));
                    e.put("valueType", r.getString(5));
                    e.put("aggregation", r.getString(6));
                    e.put("category", r.getString(7));
                    entries.put(r.getString(1), e);
                }
            }
        }
        return entries;
    }

    private Map<String, String> unitNames(Connection c, List<String> codes) throws SQLException {
        Map<String, String> all = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, name_zh, name_en FROM org_unit");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                all.put(r.getString(1), english ? r.getString(3) : r.getString(2));
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, all.get(code)));
        return names;
    }

    private static Map<String, Integer> index(List<String> codes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i), i);
        }
        return index;
    }

    private static void field(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void field(JsonGenerator g, SerializedString name, SerializedString value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    /**
     * The last text written in one field, encoded once: rows in export order mostly repeat the one before
     * (the same unit, source, clerk, approver and approval time), and its Chinese would be encoded again.
     */
    private static final class Repeated {
        private String last;
        private SerializedString encoded;

        SerializedString of(String text) {
            if (text == null) {
                return null;
            }
            if (!text.equals(last)) {
                last = text;
                encoded = new SerializedString(text);
            }
            return encoded;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
