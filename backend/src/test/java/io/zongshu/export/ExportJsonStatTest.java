package io.zongshu.export;

import static io.zongshu.common.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zongshu.submission.Flow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JSON-stat export: empty results, decimals, English units and the update time. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ExportJsonStatTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    // Decimals are read as written: 45.93 stays a BigDecimal of scale 2.
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonNode get(String query) throws Exception {
        return json.readTree(api().get("/api/v1/exports?" + query).then().statusCode(200).extract().asByteArray());
    }

    private static JsonNode category(JsonNode ds, String dimension) {
        return ds.get("dimension").get(dimension).get("category");
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    @Test
    void an_export_matching_no_value_is_the_cube_asked_for_with_every_cell_missing() throws Exception {
        // 2021 is published and closed and holds only the city's values: 恩阳区 has none, and never will.
        assertEquals(0, get("period=2021&orgUnit=511903").get("dataValues").size());
        List<String> catalogue = api().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath()
                .getList("code", String.class);

        JsonNode ds = get("period=2021&orgUnit=511903&format=json-stat");
        assertEquals(List.of(catalogue.size(), 1, 1), List.of(ds.get("size").get(0).asInt(), ds.get("size").get(1).asInt(),
                ds.get("size").get(2).asInt()));
        assertEquals(catalogue, texts(category(ds, "indicator").get("index")));
        assertEquals(List.of("511903"), texts(category(ds, "orgUnit").get("index")));
        assertEquals("恩阳区", category(ds, "orgUnit").get("label").get("511903").asText());
        assertEquals(List.of("2021"), texts(category(ds, "period").get("index")));
        assertEquals(catalogue.size(), ds.get("value").size());
        ds.get("value").forEach(v -> assertTrue(v.isNull()));
        assertEquals(0, ds.get("status").size());
        category(ds, "indicator").get("unit").forEach(u -> assertEquals(0, u.get("decimals").asInt()));
        // The same bytes every run: a unit's fields in one order (they once followed a Map.of, whose order
        // changes from one start of the JVM to the next).
        category(ds, "indicator").get("unit").forEach(u -> assertEquals(List.of("label", "decimals"), fieldNames(u)));
        assertFalse(ds.has("updated"), "no value, no update time");

        // The filter's other dimensions narrow the empty cube the same way.
        JsonNode talent = get("period=2021&orgUnit=511903&category=talent&format=json-stat");
        List<String> talentIndex = texts(category(talent, "indicator").get("index"));
        assertEquals(catalogue.stream().filter(c -> c.startsWith("talent.")).toList(), talentIndex);
        assertEquals(talentIndex.size(), talent.get("value").size());

        // Filters that exclude each other leave no indicator: a dimension of size 0, without label or unit.
        JsonNode none = get("indicator=theory.training_classes&category=talent&format=json-stat");
        assertEquals(0, none.get("size").get(0).asInt());
        assertEquals(0, none.get("value").size());
        assertEquals(0, category(none, "indicator").get("index").size());
        assertFalse(category(none, "indicator").has("label"));
        assertFalse(category(none, "indicator").has("unit"));
    }

    @Test
    void decimals_are_the_most_that_any_exported_value_of_the_indicator_carries() throws Exception {
        Flow.approveInto("511902", "2022", List.of(
                Flow.value("talent.urgent_talents_growth", new BigDecimal("7.125")),
                Flow.value("talent.urgent_talents_recruited", 40),
                Flow.value("cadre.front_line_promotion_share", new BigDecimal("12.50"))));

        JsonNode ds = get("period=2021&period=2022&orgUnit=511900&orgUnit=511902&format=json-stat"
                + "&indicator=talent.intent_agreements_growth&indicator=talent.urgent_talents_growth"
                + "&indicator=talent.urgent_talents_recruited");
        JsonNode units = category(ds, "indicator").get("unit");
        assertEquals(2, units.get("talent.intent_agreements_growth").get("decimals").asInt(), "45.93");
        assertEquals(3, units.get("talent.urgent_talents_growth").get("decimals").asInt(), "20 and 7.125");
        assertEquals(0, units.get("talent.urgent_talents_recruited").get("decimals").asInt());
        // 12.50 is stored and exported as 12.5: one decimal, the 2021 city's 63.5 not in this export.
        JsonNode share = get("period=2022&orgUnit=511902&indicator=cadre.front_line_promotion_share&format=json-stat");
        assertEquals("12.5", share.get("value").get(0).toString());
        assertEquals(1, category(share, "indicator").get("unit").get("cadre.front_line_promotion_share")
                .get("decimals").asInt());

        // Across a whole year: every indicator's decimals equal its values' most decimals as written.
        JsonNode year = get("period=2021&format=json-stat");
        int cells = year.get("size").get(1).asInt() * year.get("size").get(2).asInt();
        List<String> index = texts(category(year, "indicator").get("index"));
        for (int i = 0; i < index.size(); i++) {
            int most = 0;
            for (int cell = i * cells; cell < (i + 1) * cells; cell++) {
                JsonNode v = year.get("value").get(cell);
                if (!v.isNull()) {
                    most = Math.max(most, Math.max(0, v.decimalValue().scale()));
                }
            }
            assertEquals(most, category(year, "indicator").get("unit").get(index.get(i)).get("decimals").asInt(),
                    index.get(i));
        }
        assertEquals(2, category(year, "indicator").get("unit").get("talent.intent_agreements_growth")
                .get("decimals").asInt());
    }

    @Test
    void english_exports_name_units_in_english_in_json_stat_and_csv() throws Exception {
        JsonNode units = category(get("period=2021&format=json-stat&lang=en"), "indicator").get("unit");
        Map<String, String> expected = Map.of("theory.training_classes", "sessions",
                "theory.individuals_commended", "persons", "theory.branch_life_meetings", "number",
                "talent.intent_agreements_growth", "%", "grassroots.college_educated_share_change", "percentage points",
                "grassroots.average_age_decrease", "years", "talent.campaign_universities", "institutions");
        expected.forEach((code, label) -> assertEquals(label, units.get(code).get("label").asText(), code));
        units.properties().forEach(e -> assertFalse(HAN.matcher(e.getValue().get("label").asText()).find(), e.getKey()));
        // Chinese stays the default.
        assertEquals("期", category(get("period=2021&format=json-stat"), "indicator").get("unit")
                .get("theory.training_classes").get("label").asText());

        Map<String, String> csvUnits = csvUnits("period=2021&format=csv&lang=en");
        assertEquals(56, csvUnits.size());
        expected.forEach((code, label) -> assertEquals(label, csvUnits.get(code), code));
        csvUnits.forEach((code, unit) -> assertFalse(HAN.matcher(unit).find(), code));
        assertEquals("期", csvUnits("period=2021&format=csv").get("theory.training_classes"));
    }

    private Map<String, String> csvUnits(String query) throws Exception {
        byte[] csv = api().get("/api/v1/exports?" + query).then().statusCode(200).extract().asByteArray();
        Map<String, String> units = new HashMap<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            it.forEachRemaining(row -> units.put(row.get("indicator"), row.get("unit")));
        }
        return units;
    }

    @Test
    void updated_is_the_newest_recorded_time_or_the_editions_publication() throws Exception {
        Flow.approveInto("511902", "2022", List.of(Flow.value("talent.city_leading_talents", 3)));
        for (String query : List.of("period=2021", "period=2022&orgUnit=511902", "period=2021&period=2022")) {
            Instant newest = Instant.MIN;
            for (JsonNode v : get(query).get("dataValues")) {
                Instant at = OffsetDateTime.parse(v.get("provenance").get("recordedAt").asText()).toInstant();
                newest = at.isAfter(newest) ? at : newest;
            }
            String updated = get(query + "&format=json-stat").get("updated").asText();
            assertEquals(newest.truncatedTo(ChronoUnit.MILLIS), Instant.parse(updated), query);
        }
        String publishedAt = api().get("/api/v1/reviews/2021/editions").then().statusCode(200).extract()
                .path("find { it.code == '2021-1' }.publishedAt");
        assertEquals(OffsetDateTime.parse(publishedAt).toInstant().truncatedTo(ChronoUnit.MILLIS),
                Instant.parse(get("edition=2021-1&format=json-stat").get("updated").asText()));
    }
}
