package io.zongshu.submission;

import static io.zongshu.common.Api.api;
import static io.zongshu.submission.Flow.entry;
import static io.zongshu.submission.Flow.importSet;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.zongshu.access.Tokens;
import io.zongshu.common.RawHttp;
import io.zongshu.period.TestPeriods;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk imports by script, for 南江县 (511922) and 平昌县 (511923) in an open year of their own. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DataValueSetTest {
    /** An open year of this class's own (generated test data). */
    private static final String PERIOD = "2904";
    /** A second open year of its own, for sets that span two periods. */
    private static final String NEXT = "2905";
    @Inject
    TestPeriods periods;

    @BeforeEach
    void openTheYear() {
        periods.open(PERIOD);
        periods.open(NEXT);
    }

    private static final String CLASSES = "theory.training_classes";
    private static final String MEETINGS = "theory.branch_life_meetings";
    private static final String SOLVED = "theory.public_problems_solved";

    @Test
    void a_set_goes_into_the_units_draft_and_the_summary_counts_what_changed() {
        String clerk = Tokens.clerk("511923");
        List<Map<String, Object>> set = List.of(entry(CLASSES, "511923", PERIOD, 7), entry(MEETINGS, "511923", PERIOD, 90));

        // A dry run reports what would happen and writes nothing.
        String before = api().auth().oauth2(clerk).get("/api/v1/submissions?period=" + PERIOD).then().statusCode(200)
                .extract().asString();
        importSet(clerk, "?dryRun=true", set).statusCode(200).body("status", equalTo("dry_run"))
                .body("imported", equalTo(2)).body("submissions[0].id", nullValue())
                .body("submissions[0].state", equalTo("draft"));
        assertEquals(before, api().auth().oauth2(clerk).get("/api/v1/submissions?period=" + PERIOD).then().extract().asString());

        long id = importSet(clerk, "", set).statusCode(200).body("status", equalTo("imported"))
                .body("imported", equalTo(2)).body("updated", equalTo(0)).body("ignored", equalTo(0))
                .body("submissions", hasSize(1)).body("submissions[0].orgUnit", equalTo("511923"))
                .body("submissions[0].values", equalTo(2)).body("submissions[0].state", equalTo("draft"))
                .extract().jsonPath().getLong("submissions[0].id");

        // The same set again changes nothing; a changed value and a new one are counted as such.
        importSet(clerk, "", set).statusCode(200).body("imported", equalTo(0)).body("ignored", equalTo(2));
        importSet(clerk, "?submit=true", List.of(entry(CLASSES, "511923", PERIOD, 8), entry(SOLVED, "511923", PERIOD, 30)))
                .statusCode(200).body("imported", equalTo(1)).body("updated", equalTo(1)).body("ignored", equalTo(0))
                .body("submissions[0].id", equalTo((int) id)).body("submissions[0].values", equalTo(3))
                .body("submissions[0].state", equalTo("submitted"));
        Flow.get(clerk, id).statusCode(200).body("state", equalTo("submitted"))
                .body("values.indicator", contains(MEETINGS, SOLVED, CLASSES))
                .body("values.value", contains(90, 30, 8));

        // While the city reviews it, a new set for the same unit and period is refused whole (409).
        importSet(clerk, "", set).statusCode(409).contentType("application/problem+json")
                .body("errors[0].index", equalTo(0)).body("errors[0].field", equalTo("dataValues[0].period"));
        api().auth().oauth2(Tokens.reviewer()).get("/api/v1/audit?submission=" + id + "&action=value_changed").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].from.value", equalTo(7))
                .body("items[0].to.value", equalTo(8));
    }

    @Test
    void a_set_with_any_problem_is_refused_whole_naming_each_value_by_index_and_field() {
        String clerk = Tokens.clerk("511922");
        int historyBefore = history("511922");
        Map<String, Object> moreThanPercent = new HashMap<>(entry("cadre.front_line_promotion_share", "511922", PERIOD, 40));
        moreThanPercent.put("qualifier", "more_than");
        importSet(clerk, "", List.of(
                entry(CLASSES, "511922", PERIOD, 5),
                entry("theory.nope", "511922", PERIOD, 5),
                entry(MEETINGS, "511922", "2099", 5),
                entry(SOLVED, "511922", PERIOD, -1),
                entry(CLASSES, "511922", PERIOD, 6),
                moreThanPercent,
                Map.of("indicator", SOLVED, "period", PERIOD, "value", 1)))
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:zongshu:problem:invalid-body"))
                .body("errors.index", contains(1, 2, 3, 4, 5, 6))
                .body("errors.field", contains("dataValues[1].indicator", "dataValues[2].period",
                        "dataValues[3].value", "dataValues[4].indicator", "dataValues[5].qualifier",
                        "dataValues[6].orgUnit"));
        // 2021 is closed.
        importSet(clerk, "", List.of(entry(CLASSES, "511922", "2021", 5))).statusCode(409)
                .body("type", equalTo("urn:zongshu:problem:conflict"))
                .body("errors[0].field", equalTo("dataValues[0].period"));
        // Another unit's values: the whole set is forbidden, even beside the clerk's own.
        importSet(clerk, "", List.of(entry(CLASSES, "511922", PERIOD, 5), entry(CLASSES, "511921", PERIOD, 5)))
                .statusCode(403).body("type", equalTo("urn:zongshu:problem:forbidden"));
        // Numbers must be JSON numbers; flags must be true or false.
        api().auth().oauth2(clerk).contentType(ContentType.JSON)
                .body("{\"dataValues\":[{\"indicator\":\"" + CLASSES + "\",\"orgUnit\":\"511922\",\"period\":\"" + PERIOD + "\","
                        + "\"value\":\"Infinity\"}]}")
                .post("/api/v1/data-value-sets").then().statusCode(400)
                .body("errors[0].field", equalTo("dataValues[0].value"));
        importSet(clerk, "?dryRun=yes", List.of(entry(CLASSES, "511922", PERIOD, 5))).statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
        api().auth().oauth2(clerk).contentType(ContentType.TEXT).body("indicator,value")
                .post("/api/v1/data-value-sets").then().statusCode(415).contentType("application/problem+json");
        // Nothing of the above was written: 南江县's history did not grow.
        assertEquals(historyBefore, history("511922"));
    }

    @Test
    void a_body_over_the_20_mb_limit_is_refused_with_a_problem_before_it_is_read() throws Exception {
        // Only the headers are sent: the answer must come without the server waiting for the 21 MB.
        String head = "POST /api/v1/data-value-sets HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + 21 * 1024 * 1024;
        assertTooLarge(RawHttp.send(RestAssured.port, head + "\r\nAuthorization: Bearer " + Tokens.clerk("511922"), 0, false));
        // Without a token too: the size is checked before anything else.
        assertTooLarge(RawHttp.send(RestAssured.port, head, 0, false));
    }

    @Test
    void a_chunked_body_is_read_up_to_the_limit_and_refused_past_it() throws Exception {
        String head = "POST /api/v1/data-value-sets?dryRun=true HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nAuthorization: Bearer " + Tokens.clerk("511922");
        assertTooLarge(RawHttp.send(RestAssured.port, head, 21L * 1024 * 1024, true));
        // A chunked body within the limit is read as usual (the client sends no Content-Length).
        byte[] small = ("{\"dataValues\":[{\"indicator\":\"" + CLASSES + "\",\"orgUnit\":\"511922\","
                + "\"period\":\"" + PERIOD + "\",\"value\":4}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/v1/data-value-sets?dryRun=true"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + Tokens.clerk("511922"))
                .version(HttpClient.Version.HTTP_1_1)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(small))).build();
        HttpResponse<String> ok = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("dry_run", io.restassured.path.json.JsonPath.from(ok.body()).getString("status"));
    }

    private static void assertTooLarge(RawHttp.Answer answer) {
        assertEquals(413, answer.status(), answer.head());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertEquals("close", answer.header("Connection"));
        io.restassured.path.json.JsonPath problem = io.restassured.path.json.JsonPath.from(answer.body());
        assertEquals("urn:zongshu:problem:payload-too-large", problem.getString("type"));
        assertEquals(413, problem.getInt("status"));
        assertEquals("/api/v1/data-value-sets", problem.getString("instance"));
        assertEquals("body", problem.getString("errors[0].field"));
    }

    private static int history(String orgUnit) {
        return api().auth().oauth2(Tokens.reviewer()).get("/api/v1/audit?limit=1000&orgUnit=" + orgUnit).then()
                .statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void a_set_spanning_two_periods_in_any_order_goes_into_one_submission_each_and_a_repeat_is_named_anywhere() {
        String clerk = Tokens.clerk("511922");
        int historyBefore = history("511922");
        // A repeat is found even with other targets' values between it and the value it repeats.
        importSet(clerk, "", List.of(
                entry(CLASSES, "511922", NEXT, 1),
                entry(CLASSES, "511922", PERIOD, 2),
                entry(MEETINGS, "511922", NEXT, 3),
                entry(CLASSES, "511922", NEXT, 4)))
                .statusCode(400).body("errors", hasSize(1)).body("errors[0].index", equalTo(3))
                .body("errors[0].field", equalTo("dataValues[3].indicator"))
                .body("errors[0].message", equalTo("repeats dataValues[0] (same indicator, org unit and period)"));
        assertEquals(historyBefore, history("511922"));

        // Interleaved values of two periods: two drafts, listed in the order the set first names them.
        importSet(clerk, "", List.of(
                entry(CLASSES, "511922", NEXT, 1),
                entry(CLASSES, "511922", PERIOD, 2),
                entry(MEETINGS, "511922", NEXT, 3),
                entry(MEETINGS, "511922", PERIOD, 4),
                entry(SOLVED, "511922", NEXT, 5)))
                .statusCode(200).body("imported", equalTo(5))
                .body("submissions.period", contains(NEXT, PERIOD)).body("submissions.values", contains(3, 2));
        String submissions = "/api/v1/submissions?orgUnit=511922&period=";
        long next = api().auth().oauth2(clerk).get(submissions + NEXT).then().extract().jsonPath().getLong("items[0].id");
        long year = api().auth().oauth2(clerk).get(submissions + PERIOD).then().extract().jsonPath().getLong("items[0].id");
        Flow.get(clerk, next).body("values.indicator", contains(MEETINGS, SOLVED, CLASSES))
                .body("values.value", contains(3, 5, 1));
        Flow.get(clerk, year).body("values.indicator", contains(MEETINGS, CLASSES)).body("values.value", contains(4, 2));
        // One history event per value, and one per opened draft.
        assertEquals(historyBefore + 5 + 2, history("511922"));
    }

    @Test
    void a_retried_request_with_the_same_idempotency_key_is_answered_once() {
        String clerk = Tokens.clerk("BZ-EDZ");
        // The comment survives the bulk path (COPY on PostgreSQL) exactly: quotes, commas, a line break.
        String comment = "含\"引号\", 逗号\n和换行";
        Map<String, Object> value = new HashMap<>(entry(CLASSES, "BZ-EDZ", PERIOD, 3));
        value.put("comment", comment);
        List<Map<String, Object>> set = List.of(value);
        String first = api().auth().oauth2(clerk).contentType(ContentType.JSON).header("Idempotency-Key", "edz-2022-1")
                .body(Map.of("dataValues", set)).post("/api/v1/data-value-sets").then().statusCode(200)
                .body("imported", equalTo(1)).extract().asString();
        String retry = api().auth().oauth2(clerk).contentType(ContentType.JSON).header("Idempotency-Key", "edz-2022-1")
                .body(Map.of("dataValues", set)).post("/api/v1/data-value-sets").then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, retry, "the retry gets the first answer, byte for byte");
        long id = api().auth().oauth2(clerk).get("/api/v1/submissions?orgUnit=BZ-EDZ&period=" + PERIOD).then()
                .extract().jsonPath().getLong("items[0].id");
        api().auth().oauth2(Tokens.reviewer()).get("/api/v1/audit?submission=" + id + "&action=value_added").then()
                .body("items", hasSize(1));
        // The same key for different data is a mistake, not a replay.
        api().auth().oauth2(clerk).contentType(ContentType.JSON).header("Idempotency-Key", "edz-2022-1")
                .body(Map.of("dataValues", List.of(entry(CLASSES, "BZ-EDZ", PERIOD, 4))))
                .post("/api/v1/data-value-sets").then().statusCode(422)
                .body("type", equalTo("urn:zongshu:problem:idempotency-key-reused"));
        api().auth().oauth2(clerk).contentType(ContentType.JSON).header("Idempotency-Key", "bad key\u00e9")
                .body(Map.of("dataValues", set)).post("/api/v1/data-value-sets").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        Flow.get(clerk, id).body("values[0].value", equalTo(3)).body("values[0].comment", equalTo(comment));
        api().auth().oauth2(Tokens.reviewer()).get("/api/v1/audit?submission=" + id + "&action=value_added").then()
                .body("items[0].comment", equalTo(comment));
    }
}
