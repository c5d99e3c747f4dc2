package io.zongshu.export;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zongshu.common.HttpDates;
import io.zongshu.submission.Flow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ExportResourceTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_csv_read_by_a_standard_parser_equals_the_json_export() throws Exception {
        JsonNode export = json.readTree(api().get("/api/v1/exports?period=2021").then().statusCode(200)
                .contentType("application/json").extract().asByteArray());
        assertEquals(1, export.get("schemaVersion").asInt());
        assertEquals(56, export.get("indicators").size());
        assertEquals(56, export.get("dataValues").size());

        byte[] csv = api().get("/api/v1/exports?period=2021&format=csv").then().statusCode(200)
                .contentType("text/csv; charset=utf-8; header=present").extract().asByteArray();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(export.get("dataValues").size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode v = export.get("dataValues").get(i);
            Map<String, String> row = rows.get(i);
            assertEquals(List.of(v.get("indicator").asText(), v.get("orgUnit").asText(), v.get("period").asText(),
                            v.get("qualifier").asText(), v.get("unit").asText(), v.get("provenance").get("source").asText()),
                    List.of(row.get("indicator"), row.get("org_unit"), row.get("period"), row.get("qualifier"),
                            row.get("unit"), row.get("source")), "row " + i);
            assertEquals(0, v.get("value").decimalValue().compareTo(new BigDecimal(row.get("value"))), "row " + i);
        }
        assertEquals("巴中市", rows.get(0).get("org_unit_name"));
        // The byte order mark only when asked for, for Excel.
        byte[] withBom = api().get("/api/v1/exports?period=2021&format=csv&bom=true").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(withBom, 3));
        assertEquals((byte) 'i', csv[0]);
    }

    @Test
    void the_json_stat_dataset_holds_the_same_values_as_metrics() throws Exception {
        JsonNode ds = json.readTree(api().get("/api/v1/exports?period=2021&format=json-stat").then().statusCode(200)
                .extract().asByteArray());
        assertEquals("2.0", ds.get("version").asText());
        assertEquals("dataset", ds.get("class").asText());
        assertEquals("[\"indicator\",\"orgUnit\",\"period\"]", ds.get("id").toString());
        assertEquals("{\"metric\":[\"indicator\"],\"geo\":[\"orgUnit\"],\"time\":[\"period\"]}", ds.get("role").toString());
        int[] size = {ds.get("size").get(0).asInt(), ds.get("size").get(1).asInt(), ds.get("size").get(2).asInt()};
        assertEquals(size[0] * size[1] * size[2], ds.get("value").size());
        // Read it back cell by cell with the dimension indexes and compare with /metrics.
        Map<String, JsonNode> metrics = new HashMap<>();
        for (JsonNode m : json.readTree(api().get("/api/v1/metrics?period=2021").asByteArray()).get("items")) {
            metrics.put(m.get("indicator").asText() + "|" + m.get("orgUnit").asText() + "|" + m.get("period").asText(), m);
        }
        JsonNode dims = ds.get("dimension");
        int found = 0;
        for (int i = 0; i < size[0]; i++) {
            for (int o = 0; o < size[1]; o++) {
                for (int p = 0; p < size[2]; p++) {
                    int cell = (i * size[1] + o) * size[2] + p;
                    String key = dims.get("indicator").get("category").get("index").get(i).asText() + "|"
                            + dims.get("orgUnit").get("category").get("index").get(o).asText() + "|"
                            + dims.get("period").get("category").get("index").get(p).asText();
                    JsonNode value = ds.get("value").get(cell);
                    JsonNode metric = metrics.get(key);
                    if (metric == null) {
                        assertEquals(true, value.isNull(), key);
                        continue;
                    }
                    found++;
                    assertEquals(0, metric.get("value").decimalValue().compareTo(value.decimalValue()), key);
                    assertEquals(metric.get("qualifier").asText().equals("more_than"),
                            ds.get("status").has(String.valueOf(cell)), key);
                }
            }
        }
        assertEquals(metrics.size(), found);
        assertEquals("期", dims.get("indicator").get("category").get("unit").get("theory.training_classes")
                .get("label").asText());
        assertEquals("Bazhong City", json.readTree(api().get("/api/v1/exports?period=2021&format=json-stat&lang=en")
                .asByteArray()).get("dimension").get("orgUnit").get("category").get("label").get("511900").asText());
    }

    @Test
    void an_export_is_last_modified_at_the_newest_change_of_its_values() {
        String url = "/api/v1/exports?period=2021&format=csv";
        java.time.Instant newest = api().get("/api/v1/metrics?period=2021&limit=1000").then().extract().jsonPath()
                .getList("items.provenance.recordedAt", String.class).stream()
                .map(t -> java.time.OffsetDateTime.parse(t).toInstant()).max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        String lastModified = api().get(url).then().statusCode(200).extract().header("Last-Modified");
        assertEquals(HttpDates.format(newest), lastModified);
        api().header("If-Modified-Since", lastModified).get(url).then().statusCode(304)
                .header("Last-Modified", lastModified).header("Cache-Control", "no-cache");
        api().header("If-Modified-Since", HttpDates.format(newest.minusSeconds(1))).get(url).then().statusCode(200);
    }

    @Test
    void an_approval_changes_the_etag_of_the_reads_holding_it_and_no_other() {
        String metrics2021 = "/api/v1/metrics?period=2021";
        String metricsTongjiang = "/api/v1/metrics?period=2022&orgUnit=511921";
        String etagMetrics2021 = api().get(metrics2021).then().statusCode(200).header("Cache-Control", "no-cache")
                .extract().header("ETag");
        api().header("If-None-Match", etagMetrics2021).get(metrics2021).then().statusCode(304);
        String etagMetricsTongjiang = api().get(metricsTongjiang).then().statusCode(200).extract().header("ETag");
        String all2021 = "/api/v1/exports?period=2021&format=csv";
        String tongjiang2022 = "/api/v1/exports?period=2022&orgUnit=511921";
        String city2022WithCounties = "/api/v1/exports?period=2022&orgUnit=511900&descendants=true";
        String etag2021 = api().get(all2021).then().statusCode(200).extract().header("ETag");
        api().header("If-None-Match", etag2021).get(all2021).then().statusCode(304).header("ETag", etag2021);
        String etagTongjiang = api().get(tongjiang2022).then().statusCode(200).extract().header("ETag");
        String etagCity = api().get(city2022WithCounties).then().statusCode(200).extract().header("ETag");

        Flow.approveInto("511921", "2022", List.of(Flow.value("talent.campaign_universities", 3)));

        api().header("If-None-Match", etag2021).get(all2021).then().statusCode(304);
        api().header("If-None-Match", etagMetrics2021).get(metrics2021).then().statusCode(304);
        api().header("If-None-Match", etagMetricsTongjiang).get(metricsTongjiang).then().statusCode(200);
        String newTongjiang = api().header("If-None-Match", etagTongjiang).get(tongjiang2022).then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etagTongjiang, newTongjiang);
        api().header("If-None-Match", etagCity).get(city2022WithCounties).then().statusCode(200)
                .body("dataValues.findAll { it.indicator == 'talent.campaign_universities' && it.orgUnit == '511921' }.value",
                        equalTo(List.of(3)))
                .body("dataValues.findAll { it.orgUnit == '511921' }.provenance.approvedBy[0]", equalTo("reviewer"));
    }

    @Test
    void malformed_or_unknown_filters_are_400_naming_the_parameter() {
        for (String q : new String[] {"period=1999", "orgUnit=999999", "indicator=theory.nope", "category=sports",
                "format=xml", "bom=1", "lang=fr", "descendants=yes", "from=3000"}) {
            api().get("/api/v1/exports?" + q).then().statusCode(400).contentType("application/problem+json")
                    .body("errors", hasSize(1)).body("errors[0].field", equalTo(q.substring(0, q.indexOf('='))));
        }
        api().accept("text/csv").get("/api/v1/exports?period=2021").then().statusCode(200)
                .contentType("text/csv; charset=utf-8; header=present");
    }
}
