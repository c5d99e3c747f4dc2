package io.zongshu.review;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.zongshu.access.Tokens;
import io.zongshu.period.TestPeriods;
import io.zongshu.submission.Flow;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One figure marker rendered alone, for the editor's figure picker: exactly the run the draft shows for
 * it. The year 2911 and its values are generated test data; the real 2021 review is only read.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DraftFigureTest {
    private static final String YEAR = "2911";
    private static final String DRAFT = "/api/v1/reviews/" + YEAR + "/draft";
    private static final String URGENT = "talent.urgent_talents_recruited";
    /** Every kind of figure, as an author may type it (|number is the default format, written back without). */
    private static final List<String> MARKERS = List.of("{{" + URGENT + "@511921}}", "{{" + URGENT + "@511902|number}}",
            "{{" + URGENT + "}}", "{{" + URGENT + "|wan}}", "{{growth(" + URGENT + ", 2021)}}",
            "{{change(" + URGENT + ", 2021)}}", "{{sum(" + URGENT + ")}}", "{{" + URGENT + "@511923}}",
            "{{" + URGENT + ":2021}}");

    @Inject
    TestPeriods periods;

    /** The review of YEAR, with generated values: the city's and Tongjiang's approved, Bazhou's submitted. */
    @BeforeEach
    void aReviewWithValues() {
        periods.open(YEAR);
        String reviewer = Tokens.reviewer();
        if (api().auth().oauth2(reviewer).get(DRAFT).then().extract().statusCode() == 404) {
            api().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Map.of("year", Integer.parseInt(YEAR)))
                    .post("/api/v1/reviews").then().statusCode(201);
        }
        Flow.approveInto("511900", YEAR, List.of(Flow.value(URGENT, 600)));
        Flow.approveInto("511921", YEAR, List.of(Flow.value(URGENT, 80)));
        submitted("511902", 100);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_figure_is_the_run_the_draft_shows_for_it_with_its_value_and_status() {
        String reviewer = Tokens.reviewer();
        Map<String, Object> tongjiang = figure(YEAR, MARKERS.get(0));
        assertEquals(Map.of("status", "approved", "text", "80名", "value", 80), pick(tongjiang, "status", "text", "value"));
        assertEquals(Map.of("status", "submitted", "text", "100名", "markup", "{{" + URGENT + "@511902}}"),
                pick(figure(YEAR, MARKERS.get(1)), "status", "text", "markup"));
        assertEquals(Map.of("status", "approved", "text", "9.5%", "unit", "%"),
                pick(figure(YEAR, MARKERS.get(4)), "status", "text", "unit"), "(600 − 548) / 548, one decimal");
        Map<String, Object> sum = figure(YEAR, MARKERS.get(6));
        assertEquals("missing", sum.get("status"), "five counties have no value yet");
        assertEquals("—", sum.get("text"));
        assertEquals(Map.of("children", 7, "counted", 2, "reported", 600), pick(
                (Map<String, Object>) sum.get("reconciliation"), "children", "counted", "reported"));
        Map<String, Object> nothing = figure(YEAR, MARKERS.get(7));
        assertEquals("missing", nothing.get("status"));
        assertEquals("—", nothing.get("text"));
        assertNull(nothing.get("value"));

        // The draft with the same markers shows the same runs, one for one.
        String etag = api().auth().oauth2(reviewer).get(DRAFT).then().statusCode(200).extract().header("ETag");
        api().auth().oauth2(reviewer).contentType(ContentType.JSON).header("If-Match", etag)
                .body(DraftWritingTest.withBlock("talent", "（测试生成）" + String.join("，", MARKERS) + "。"))
                .put(DRAFT).then().statusCode(200);
        List<Map<String, Object>> runs = figureRuns(api().auth().oauth2(reviewer).get(DRAFT).then().statusCode(200)
                .extract().jsonPath());
        assertEquals(MARKERS.size(), runs.size());
        for (int i = 0; i < MARKERS.size(); i++) {
            assertEquals(runs.get(i), figure(YEAR, MARKERS.get(i)), MARKERS.get(i));
        }
    }

    @Test
    void the_published_years_figures_are_as_its_draft_shows_them() {
        List<Map<String, Object>> runs = figureRuns(api().auth().oauth2(Tokens.reviewer())
                .get("/api/v1/reviews/2021/draft").then().statusCode(200).extract().jsonPath());
        assertFalse(runs.isEmpty());
        for (Map<String, Object> run : runs) {
            assertEquals(run, figure("2021", (String) run.get("markup")), (String) run.get("markup"));
        }
    }

    @Test
    void anything_but_one_marker_naming_what_can_have_values_is_a_422_and_nothing_changes() {
        List<String> bad = List.of(URGENT, "{{" + URGENT, URGENT + "}}", "{{}}", "{{ " + URGENT + " }}",
                "{{" + URGENT + "}}{{" + URGENT + "}}", "前{{" + URGENT + "}}", "{{" + URGENT + "}}。",
                "{{" + URGENT + "|万}}", "{{avg(" + URGENT + ")}}", "{{growth(" + URGENT + ")}}",
                "{{talent.no_such_indicator}}", "{{" + URGENT + "@999999}}", "{{" + URGENT + ":1899}}",
                "{{growth(" + URGENT + ", " + YEAR + ")}}", "{{sum(" + URGENT + "@511921)}}",
                "{{sum(talent.campaign_universities)}}", "{{<script>alert(1)</script>}}", " ");
        int versions = versionCount();
        for (String markup : bad) {
            api().auth().oauth2(Tokens.reviewer()).queryParam("markup", markup).get(DRAFT + "/figure").then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:zongshu:problem:invalid-markup"))
                    .body("errors[0].field", equalTo("markup")).body("errors[0].place", nullValue());
        }
        assertEquals(versions, versionCount(), "reading a figure saves nothing");
    }

    @Test
    void the_figure_needs_a_marker_a_review_and_a_reviewer_and_is_never_kept() {
        String reviewer = Tokens.reviewer();
        api().auth().oauth2(reviewer).queryParam("markup", "{{" + URGENT + "}}").get(DRAFT + "/figure").then()
                .statusCode(200).header("Cache-Control", "private, no-store");
        api().auth().oauth2(reviewer).get(DRAFT + "/figure").then().statusCode(400)
                .body("errors[0].field", equalTo("markup"));
        api().auth().oauth2(reviewer).queryParam("markup", "").get(DRAFT + "/figure").then().statusCode(400)
                .body("errors[0].field", equalTo("markup"));
        api().auth().oauth2(reviewer).queryParam("markup", "{{" + URGENT + "}}").get("/api/v1/reviews/29x1/draft/figure")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        api().auth().oauth2(reviewer).queryParam("markup", "{{" + URGENT + "}}").get("/api/v1/reviews/1998/draft/figure")
                .then().statusCode(404);
        api().auth().oauth2(Tokens.clerk("511900")).queryParam("markup", "{{" + URGENT + "}}").get(DRAFT + "/figure")
                .then().statusCode(403);
        api().queryParam("markup", "{{" + URGENT + "}}").get(DRAFT + "/figure").then().statusCode(401);
    }

    private static Map<String, Object> figure(String year, String markup) {
        return api().auth().oauth2(Tokens.reviewer()).queryParam("markup", markup)
                .get("/api/v1/reviews/" + year + "/draft/figure").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    /** Makes {@code value} the unit's submitted value awaiting review (it may be from an earlier run). */
    private static void submitted(String unit, int value) {
        String clerk = Tokens.clerk(unit);
        List<Map<String, Object>> open = api().auth().oauth2(Tokens.reviewer())
                .get("/api/v1/submissions?orgUnit=" + unit + "&period=" + YEAR).then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.state != 'approved' }");
        if (!open.isEmpty() && open.get(0).get("state").equals("submitted")) {
            return;
        }
        Flow.Seen seen = open.isEmpty() ? Flow.open(clerk, unit, YEAR)
                : Flow.Seen.of(Flow.get(clerk, ((Number) open.get(0).get("id")).longValue()).statusCode(200));
        seen = Flow.Seen.of(Flow.put(clerk, seen, List.of(Flow.value(URGENT, value))).statusCode(200));
        Flow.action(clerk, seen, "submit", null).statusCode(200);
    }

    private int versionCount() {
        return api().auth().oauth2(Tokens.reviewer()).get(DRAFT + "/versions").then().statusCode(200)
                .extract().path("size()");
    }

    private static List<Map<String, Object>> figureRuns(JsonPath draft) {
        List<Map<String, Object>> runs = draft.getList("sections.blocks.runs.flatten()");
        return runs.stream().filter(r -> "figure".equals(r.get("type"))).toList();
    }

    private static Map<String, Object> pick(Map<String, Object> run, String... keys) {
        Map<String, Object> picked = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            picked.put(key, run.get(key));
        }
        return picked;
    }
}
