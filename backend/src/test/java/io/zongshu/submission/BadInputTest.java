package io.zongshu.submission;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.zongshu.access.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies and parameters that are not what they claim are refused with a 400 or 415 naming the fault,
 * and write nothing (巴中文旅新区, BZ-CTZ, 2022). The full corpus runs end to end: scripts/faults/.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class BadInputTest {
    private static final String CLASSES = "theory.training_classes";
    private static final String GOOD = "{\"dataValues\":[{\"indicator\":\"" + CLASSES + "\",\"orgUnit\":\"BZ-CTZ\",\"period\":\"2022\",\"value\":3}]}";

    private static ValidatableResponse post(String contentType, String body, String query) {
        var request = api().auth().oauth2(Tokens.clerk("BZ-CTZ")).body(body);
        if (contentType != null) {
            request = request.contentType(contentType);
        }
        return request.post("/api/v1/data-value-sets" + query).then();
    }

    private int historyBefore;

    @BeforeEach
    void countTheHistory() {
        historyBefore = history();
    }

    /** Whatever a test here sends, nothing is written: the history has not grown. */
    @AfterEach
    void nothingWasWritten() {
        assertEquals(historyBefore, history());
    }

    private static int history() {
        return api().auth().oauth2(Tokens.reviewer()).get("/api/v1/audit?limit=1000&orgUnit=BZ-CTZ").then()
                .statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void json_that_is_ambiguous_or_not_one_document_is_refused_with_where_it_went_wrong() {
        post("application/json", GOOD.replace("\"value\":3", "\"value\":3,\"value\":4"), "").statusCode(400)
                .body("errors[0].field", equalTo("dataValues[0]"))
                .body("errors[0].message", containsString("Duplicate field 'value'"));
        post("application/json", GOOD + GOOD, "").statusCode(400)
                .body("errors[0].message", containsString("one JSON document"));
        // Said in words, with where: nothing of the parser's internals.
        post("application/json", "{\"dataValues\":[", "").statusCode(400)
                .body("errors[0].field", equalTo("dataValues"))
                .body("errors[0].message", containsString("ends too early"))
                .body("errors[0].message", containsString("line 1, column 16"))
                .body("errors[0].message", not(containsString("Source")))
                .body("errors[0].message", not(containsString("marker")));
        post("application/json", "{\"dataValues\":[{indicator: 1}]}", "").statusCode(400)
                .body("errors[0].message", containsString("double quotes"))
                .body("errors[0].message", containsString("line 1, column 17"));
        post("application/json", "{\"dataValues\":[{\"value\": abc}]}", "").statusCode(400)
                .body("errors[0].message", containsString("abc is not a JSON value"));
    }

    @Test
    void a_field_the_request_has_not_or_a_number_for_text_is_named() {
        post("application/json", GOOD.replace("\"value\":3", "\"value\":3,\"qualifer\":\"more_than\""), "").statusCode(400)
                .body("errors[0].field", equalTo("dataValues[0].qualifer"))
                .body("errors[0].message", containsString("not a field"));
        post("application/json", GOOD.replace("\"2022\"", "2022"), "").statusCode(400)
                .body("errors[0].field", equalTo("dataValues[0].period"));
    }

    @Test
    void a_comment_must_be_text_without_control_characters_or_half_characters() {
        for (String comment : new String[] {"a\\u0000b", "\\ud800", "x\\udc00y"}) {
            post("application/json", GOOD.replace("\"value\":3", "\"value\":3,\"comment\":\"" + comment + "\""), "")
                    .statusCode(400).body("errors[0].field", equalTo("dataValues[0].comment"));
        }
        // A whole character outside the BMP (two UTF-16 units) is fine: a dry run accepts it.
        post("application/json", GOOD.replace("\"value\":3", "\"value\":3,\"comment\":\"\\ud83d\\ude00\""), "?dryRun=true")
                .statusCode(200);
    }

    @Test
    void a_body_must_say_it_is_utf8_json() {
        post(null, GOOD, "").statusCode(415).contentType("application/problem+json");
        post("application/json; charset=ISO-8859-1", GOOD, "").statusCode(415);
        post("application/json; charset=UTF-8", GOOD, "?dryRun=true").statusCode(200);
    }

    @Test
    void a_single_valued_parameter_given_twice_is_refused_and_repeatable_filters_are_not() {
        post("application/json", GOOD, "?submit=true&submit=false").statusCode(400)
                .body("errors[0].field", equalTo("submit"));
        api().get("/api/v1/exports?format=csv&format=json").then().statusCode(400).body("errors[0].field", equalTo("format"));
        api().get("/api/v1/metrics?category=theory&category=talent").then().statusCode(200);
    }

    @Test
    void an_unknown_period_or_unit_in_the_submissions_filter_is_named_not_answered_with_nothing() {
        api().auth().oauth2(Tokens.reviewer()).get("/api/v1/submissions?period=1999").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        api().auth().oauth2(Tokens.reviewer()).get("/api/v1/submissions?orgUnit=999999").then().statusCode(400)
                .body("errors[0].field", equalTo("orgUnit"));
    }
}
