package io.zongshu.review;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.zongshu.access.Tokens;
import io.zongshu.period.TestPeriods;
import io.zongshu.submission.Flow;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole year, as the city lives it: the review is started from 2021's, the counties and the city office
 * submit, the draft shows what is missing, publishing waits for every approval, an edition is frozen, and a
 * correction publishes a second edition that says what changed. The year is generated test data (2907), its
 * values too; the real 2021 review is only read.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class YearlyCycleTest {
    private static final String YEAR = "2907";
    private static final String REVIEWS = "/api/v1/reviews/" + YEAR;
    private static final String URGENT = "talent.urgent_talents_recruited";
    /** Generated county values of URGENT; they add up to the city's 600. */
    private static final Map<String, Integer> COUNTIES = Map.of("511902", 100, "511903", 90, "511921", 80,
            "511922", 110, "511923", 120, "BZ-EDZ", 50, "BZ-CTZ", 50);
    private static final String ADDED = "（测试生成的句子）急需紧缺人才同比增长{{growth(" + URGENT + ", 2021)}}，各县（区）合计{{sum("
            + URGENT + ")}}。";

    @Inject
    TestPeriods periods;

    @Test
    void the_city_writes_checks_publishes_and_corrects_a_years_review() {
        periods.open(YEAR);
        String reviewer = Tokens.reviewer();

        // The city starts the year from 2021: same sections and blocks, every figure re-pointed to the year.
        var started = api().auth().oauth2(reviewer).contentType(ContentType.JSON)
                .body(Map.of("year", Integer.parseInt(YEAR), "from", 2021)).post("/api/v1/reviews").then()
                .statusCode(201).header("Location", endsWith(REVIEWS + "/draft")).header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1)).body("subtitle", equalTo("——" + YEAR + "年巴中组织工作综述"))
                .body("figures.total", equalTo(56)).body("figures.missing", equalTo(56))
                .body("blocking.size()", equalTo(56)).extract().jsonPath();
        List<Map<String, Object>> figures = figureRuns(started);
        assertTrue(figures.stream().allMatch(f -> f.get("period").equals(YEAR) && f.get("orgUnit").equals("511900")
                && f.get("text").equals("—") && f.get("status").equals("missing")), "re-pointed, no values yet");
        JsonPath original = api().get("/api/v1/reviews/2021").then().extract().jsonPath();
        assertEquals(original.getList("sections.blocks.source"), started.getList("sections.blocks.source"),
                "the text is kept for the author to rewrite");
        api().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Map.of("year", Integer.parseInt(YEAR)))
                .post("/api/v1/reviews").then().statusCode(409);
        api().get(REVIEWS).then().statusCode(404); // nothing published yet: readers see no review

        // The author adds a sentence with computed figures, over the version read.
        Map<String, Object> content = contentOf(started);
        addToSection(content, "talent", ADDED);
        var saved = api().auth().oauth2(reviewer).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(content).put(REVIEWS + "/draft").then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("figures.total", equalTo(58)).extract().jsonPath();
        assertEquals(58, saved.getInt("blocking.size()"));

        // The city office and the counties submit; the draft shows their figures as awaiting review.
        List<Map<String, Object>> cityValues = generatedCityValues();
        Flow.Seen city = submit("511900", cityValues);
        List<Flow.Seen> counties = new ArrayList<>();
        COUNTIES.forEach((unit, value) -> counties.add(submit(unit, List.of(Flow.value(URGENT, value)))));
        var preview = api().auth().oauth2(reviewer).get(REVIEWS + "/draft").then().statusCode(200)
                .body("figures.submitted", equalTo(58)).body("figures.approved", equalTo(0)).extract().jsonPath();
        assertTrue(preview.getList("blocking.message", String.class).stream().allMatch(m -> m.contains("awaiting review")));

        // Publishing waits for every approval, and changes nothing meanwhile.
        api().auth().oauth2(reviewer).post(REVIEWS + "/editions").then().statusCode(422)
                .contentType("application/problem+json").body("errors.size()", equalTo(58))
                .body("errors.place.section", hasItems("theory", "cadre", "grassroots", "talent"));
        api().get(REVIEWS + "/editions").then().statusCode(200).body("size()", equalTo(0));
        approve(city);
        counties.forEach(YearlyCycleTest::approve);

        var ready = api().auth().oauth2(reviewer).get(REVIEWS + "/draft").then().statusCode(200)
                .body("figures.approved", equalTo(58)).body("blocking", empty()).extract().jsonPath();
        Map<String, Object> growth = figure(ready, "growth");
        assertEquals("9.5%", growth.get("text"), "(600 − 548) / 548, one decimal");
        Map<String, Object> sum = figure(ready, "sum");
        assertEquals("600名", sum.get("text"));
        assertEquals(Map.of("children", 7, "counted", 7, "reported", 600, "matches", true), sum.get("reconciliation"));

        // Edition 1 freezes the text and the values; readers get it, byte for byte, at both URLs.
        api().auth().oauth2(reviewer).header("If-Match", "\"2\"").post(REVIEWS + "/editions").then().statusCode(201)
                .header("Location", endsWith(REVIEWS + "/editions/1")).body("code", equalTo(YEAR + "-1"))
                .body("draftVersion", equalTo(2)).body("reason", nullValue());
        byte[] first = api().get(REVIEWS + "/editions/1").then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable").extract().asByteArray();
        byte[] firstText = api().get(REVIEWS + "/editions/1/text").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(first, api().get(REVIEWS).then().statusCode(200)
                .header("Content-Location", REVIEWS + "/editions/1").extract().asByteArray());
        assertTrue(new String(firstText, java.nio.charset.StandardCharsets.UTF_8).contains("同比增长9.5%，各县（区）合计600名。"));
        api().get("/api/v1/periods").then().body("find { it.code == '" + YEAR + "' }.state", equalTo("closed"));
        api().auth().oauth2(reviewer).post(REVIEWS + "/editions").then().statusCode(409); // a correction is needed

        // A correction, in the open: Tongjiang's figure and the city's total were wrong.
        String reason = "通江县急需紧缺人才人数更正（测试生成）";
        api().auth().oauth2(reviewer).contentType(ContentType.JSON)
                .body(Map.of("reason", reason, "orgUnits", List.of("511921", "511900"))).post(REVIEWS + "/corrections")
                .then().statusCode(200).body("reason", equalTo(reason)).body("orgUnits", equalTo(List.of("511900", "511921")));
        api().auth().oauth2(Tokens.clerk("511902")).contentType(ContentType.JSON)
                .body(Map.of("orgUnit", "511902", "period", YEAR)).post("/api/v1/submissions").then().statusCode(409);
        assertArrayEquals(first, api().get(REVIEWS).then().extract().asByteArray(), "readers keep edition 1 meanwhile");
        Flow.Seen tongjiang = submit("511921", List.of(Flow.value(URGENT, 85)));
        Flow.Seen cityAgain = submit("511900", List.of(Flow.value(URGENT, 605)));
        // The changes await review: the draft shows them so, and publishing waits for the decision.
        var pending = api().auth().oauth2(reviewer).get(REVIEWS + "/draft").then().statusCode(200)
                .body("correction.reason", equalTo(reason)).extract().jsonPath();
        assertEquals(Map.of("status", "submitted", "text", "605名"), statusAndText(figure(pending, "sum")));
        Map<String, Object> cityFigure = figureRuns(pending).stream().filter(r -> ("{{" + URGENT + "}}").equals(r.get("markup")))
                .findFirst().orElseThrow();
        assertEquals(Map.of("status", "submitted", "text", "605名"), statusAndText(cityFigure));
        api().auth().oauth2(reviewer).post(REVIEWS + "/editions").then().statusCode(422);
        approve(tongjiang);
        approve(cityAgain);
        // The published edition says which approved values now differ from what it froze.
        api().get(REVIEWS + "/editions").then().body("[0].changedSince.orgUnit", equalTo(List.of("511900", "511921")));

        var second = api().auth().oauth2(reviewer).post(REVIEWS + "/editions").then().statusCode(201)
                .body("code", equalTo(YEAR + "-2")).body("reason", equalTo(reason)).extract().jsonPath();
        JsonPath edition2 = api().get(REVIEWS + "/editions/2").then().statusCode(200).extract().jsonPath();
        assertEquals(reason, edition2.getString("correction.reason"));
        assertEquals(List.of(
                Map.of("indicator", URGENT, "orgUnit", "511900", "period", YEAR,
                        "from", Map.of("value", 600, "qualifier", "exact"), "to", Map.of("value", 605, "qualifier", "exact")),
                Map.of("indicator", URGENT, "orgUnit", "511921", "period", YEAR,
                        "from", Map.of("value", 80, "qualifier", "exact"), "to", Map.of("value", 85, "qualifier", "exact"))),
                edition2.getList("correction.changes"));
        assertEquals(second.getString("code"), api().get(REVIEWS).then().extract().path("edition"));

        // Edition 1 is unchanged at its URL, and marked superseded.
        assertArrayEquals(first, api().get(REVIEWS + "/editions/1").then().extract().asByteArray());
        assertArrayEquals(firstText, api().get(REVIEWS + "/editions/1/text").then().extract().asByteArray());
        api().get(REVIEWS + "/editions").then().body("[0].supersededBy", equalTo(YEAR + "-2"))
                .body("[1].supersededBy", nullValue()).body("[0].changedSince", nullValue())
                .body("[1].changedSince", empty());

        // Compare 1 ↔ 2: exactly the corrected figures and their blocks.
        JsonPath diff = api().get(REVIEWS + "/editions/1/compare/2").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), diff.getList("added"));
        assertEquals(List.of(), diff.getList("removed"));
        assertEquals(List.of("talent", "talent"), diff.getList("changed.section"));
        assertEquals(List.of(
                Map.of("section", "talent", "markup", "{{" + URGENT + "}}", "from", "600名", "to", "605名"),
                Map.of("section", "talent", "markup", "{{growth(" + URGENT + ", 2021)}}", "from", "9.5%", "to", "10.4%"),
                Map.of("section", "talent", "markup", "{{sum(" + URGENT + ")}}", "from", "600名", "to", "605名")),
                diff.getList("figures"));
        assertEquals(List.of("511900", "511921"), diff.getList("values.orgUnit"));
        // The segments rebuild both texts, and only the figures' characters changed.
        List<Map<String, String>> segments = diff.getList("changed[1].segments");
        assertEquals(textOf(first, "talent"), rebuilt(segments, "delete"));
        assertEquals(textOf(api().get(REVIEWS + "/editions/2").asByteArray(), "talent"), rebuilt(segments, "insert"));
        assertTrue(segments.stream().filter(s -> !s.get("op").equals("equal"))
                .allMatch(s -> s.get("text").matches("[0-9.]+")), segments.toString());

        // The history says who started, saved, published and corrected.
        List<String> actions = api().auth().oauth2(reviewer).get("/api/v1/audit?period=" + YEAR + "&limit=500").then()
                .statusCode(200).extract().jsonPath().getList("items.action", String.class);
        assertTrue(actions.containsAll(List.of("review_started", "draft_saved", "edition_published", "correction_started")),
                actions.toString());
    }

    /** The last block of the section, in the edition's JSON. */
    private static String textOf(byte[] edition, String section) {
        List<String> texts = new JsonPath(new String(edition, java.nio.charset.StandardCharsets.UTF_8))
                .getList("sections.find { it.key == '" + section + "' }.blocks.text");
        return texts.get(texts.size() - 1);
    }

    /** The text a comparison's segments spell, keeping the equal ones and those of {@code op}. */
    private static String rebuilt(List<Map<String, String>> segments, String op) {
        return segments.stream().filter(s -> s.get("op").equals("equal") || s.get("op").equals(op))
                .map(s -> s.get("text")).collect(java.util.stream.Collectors.joining());
    }

    /** One generated value per indicator the review shows (within its bounds), and 600 for URGENT. */
    private static List<Map<String, Object>> generatedCityValues() {
        List<Map<String, Object>> catalogue = api().get("/api/v1/indicators").then().extract().jsonPath().getList("$");
        List<Map<String, Object>> values = new ArrayList<>();
        for (Map<String, Object> indicator : catalogue) {
            BigDecimal max = new BigDecimal(String.valueOf(indicator.get("max")));
            BigDecimal value = indicator.get("code").equals(URGENT) ? BigDecimal.valueOf(600)
                    : BigDecimal.TEN.min(max);
            values.add(Flow.value((String) indicator.get("code"), value));
        }
        return values;
    }

    private static Flow.Seen submit(String unit, List<Map<String, Object>> values) {
        String clerk = Tokens.clerk(unit);
        Flow.Seen seen = Flow.open(clerk, unit, YEAR);
        seen = Flow.Seen.of(Flow.put(clerk, seen, values).statusCode(200));
        return Flow.Seen.of(Flow.action(clerk, seen, "submit", null).statusCode(200));
    }

    private static void approve(Flow.Seen seen) {
        Flow.action(Tokens.reviewer(), seen, "approve", Map.of()).statusCode(200);
    }

    private static List<Map<String, Object>> figureRuns(JsonPath draft) {
        List<Map<String, Object>> runs = draft.getList("sections.blocks.runs.flatten()");
        return runs.stream().filter(r -> "figure".equals(r.get("type"))).toList();
    }

    private static Map<String, Object> statusAndText(Map<String, Object> run) {
        return Map.of("status", run.get("status"), "text", run.get("text"));
    }

    private static Map<String, Object> figure(JsonPath draft, String computation) {
        return figureRuns(draft).stream().filter(r -> computation.equals(r.get("computation"))).findFirst().orElseThrow();
    }

    /** The draft's content as the PUT takes it: title, subtitle, sections of kind and source. */
    static Map<String, Object> contentOf(JsonPath draft) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", draft.getString("title"));
        content.put("subtitle", draft.getString("subtitle"));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Map<String, Object> s : draft.<Map<String, Object>>getList("sections")) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("key", s.get("key"));
            section.put("heading", s.get("heading"));
            section.put("theme", s.get("theme"));
            List<Map<String, Object>> blocks = new ArrayList<>();
            for (Object b : (List<?>) s.get("blocks")) {
                Map<?, ?> block = (Map<?, ?>) b;
                blocks.add(new LinkedHashMap<>(Map.of("kind", block.get("kind"), "source", block.get("source"))));
            }
            section.put("blocks", blocks);
            sections.add(section);
        }
        content.put("sections", sections);
        return content;
    }

    @SuppressWarnings("unchecked")
    static void addToSection(Map<String, Object> content, String key, String source) {
        for (Map<String, Object> s : (List<Map<String, Object>>) content.get("sections")) {
            if (s.get("key").equals(key)) {
                ((List<Map<String, Object>>) s.get("blocks")).add(new LinkedHashMap<>(Map.of("kind", "paragraph",
                        "source", source)));
            }
        }
    }
}
