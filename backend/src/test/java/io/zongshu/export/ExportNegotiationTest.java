package io.zongshu.export;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.zongshu.common.RawHttp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which format an Accept header gets, and the 406 for one the export cannot serve. */
@QuarkusTest
class ExportNegotiationTest {
    private static final String EXPORT = "/api/v1/exports?period=2021&indicator=theory.training_classes";

    /** What came back: json, json-stat or csv, told apart by content type and body. */
    private static String format(Response r) {
        if (r.contentType().startsWith("text/csv")) {
            return "csv";
        }
        if (r.contentType().equals("application/json")) {
            return r.jsonPath().get("class") != null ? "json-stat" : r.jsonPath().get("schemaVersion") != null ? "json" : "?";
        }
        return r.statusCode() + " " + r.contentType();
    }

    @Test
    void an_accept_the_export_cannot_serve_is_a_406_problem() {
        for (String accept : new String[] {"application/xml", "text/html", "application/json;q=0",
                "image/*, application/xml;q=0.5", "*/*;q=0",
                "application/json; charset=iso-8859-1"}) {
            api().accept(accept).get(EXPORT).then().statusCode(406).contentType("application/problem+json")
                    .body("type", equalTo("urn:zongshu:problem:not-acceptable")).body("status", equalTo(406));
        }
    }

    @Test
    void every_servable_accept_gets_its_format_by_q_value_and_format_wins_over_accept() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("*/*", "json");
        expected.put("application/*", "json");
        expected.put("application/json", "json");
        expected.put("application/json; charset=utf-8", "json");
        expected.put("application/json; charset=UTF-8", "json");
        expected.put("text/csv; charset=utf-8", "csv");
        expected.put("text/csv; header=present", "csv");
        expected.put("text/csv", "csv");
        expected.put("text/*", "csv");
        expected.put("application/json-stat+json", "json-stat");
        expected.put("application/vnd.json-stat+json;q=0.9, text/csv;q=0.5", "json-stat");
        expected.put("text/csv, application/json-stat+json;q=0.9", "csv");
        expected.put("application/json-stat+json, */*;q=0.1", "json-stat");
        expected.put("text/csv;q=0.5, application/json", "json");
        expected.put("application/json;q=0.2, text/csv", "csv");
        expected.put("application/xml, */*;q=0.1", "json");
        expected.put("application/xml, text/csv;q=0.3", "csv");
        expected.put("application/json;q=0, */*", "csv");
        Map<String, String> answers = new LinkedHashMap<>();
        expected.keySet().forEach(accept -> answers.put(accept, format(api().accept(accept).get(EXPORT))));
        assertEquals(expected, answers);

        // format= decides; the Accept header is not consulted then.
        assertEquals("csv", format(api().accept("application/xml").get(EXPORT + "&format=csv")));
        assertEquals("json-stat", format(api().accept("text/csv").get(EXPORT + "&format=json-stat")));
        assertEquals("json", format(api().accept("text/csv").get(EXPORT + "&format=json")));
    }

    @Test
    void a_request_without_accept_gets_json() throws Exception {
        // HTTP clients add Accept: */* on their own; this one goes out without it.
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET " + EXPORT + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close", 0, false);
        assertEquals(200, answer.status());
        assertEquals("application/json", answer.header("Content-Type"));
        assertTrue(answer.body().contains("\"schemaVersion\""), answer.body());
    }
}
