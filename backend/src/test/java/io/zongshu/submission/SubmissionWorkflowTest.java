package io.zongshu.submission;

import static io.zongshu.common.Api.api;
import static io.zongshu.submission.Flow.action;
import static io.zongshu.submission.Flow.get;
import static io.zongshu.submission.Flow.put;
import static io.zongshu.submission.Flow.value;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.zongshu.access.Tokens;
import io.zongshu.period.TestPeriods;
import io.zongshu.submission.Flow.Seen;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenarios of the submission workflow for 通江县 (511921) in an open year of their own. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SubmissionWorkflowTest {
    /** An open year of this class's own (generated test data). */
    private static final String PERIOD = "2901";
    @Inject
    TestPeriods periods;

    @BeforeEach
    void openTheYear() {
        periods.open(PERIOD);
    }

    private static final String UNIT = "511921";
    private static final String CLASSES = "theory.training_classes";
    private static final String MEETINGS = "theory.branch_life_meetings";
    private final String clerk = Tokens.clerk(UNIT);
    private final String reviewer = Tokens.reviewer();

    @Test
    void a_clerk_submits_the_reviewer_sends_it_back_the_clerk_fixes_it_and_the_reviewer_approves() {
        Seen draft = Flow.open(clerk, UNIT, PERIOD);

        // A bad value is refused with its index and field, and changes nothing.
        put(clerk, draft, List.of(value(CLASSES, 12), value(MEETINGS, -5))).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zongshu:problem:invalid-body"))
                .body("errors[0].field", equalTo("dataValues[1].value")).body("errors[0].index", equalTo(1));
        get(clerk, draft.id()).statusCode(200).body("values", hasSize(0)).header("ETag", draft.etag());

        Seen filled = Seen.of(put(clerk, draft, List.of(value(CLASSES, 12),
                Map.of("indicator", MEETINGS, "value", 800, "qualifier", "more_than", "comment", "各乡镇汇总")))
                .statusCode(200).body("state", equalTo("draft")).body("values", hasSize(2))
                .body("values.find { it.indicator == 'theory.branch_life_meetings' }.unit", equalTo("个"))
                .body("values.find { it.indicator == 'theory.branch_life_meetings' }.qualifier", equalTo("more_than"))
                .body("values.find { it.indicator == 'theory.branch_life_meetings' }.changed", equalTo(true)));
        assertNotEquals(draft.etag(), filled.etag(), "a change of values gives a new ETag");

        ValidatableResponse firstSubmit = action(clerk, filled, "submit", null).statusCode(200)
                .body("state", equalTo("submitted")).body("submittedBy", equalTo("clerk-511921"));
        Seen submitted = Seen.of(firstSubmit);
        Instant firstSubmittedAt = Instant.parse(firstSubmit.extract().path("submittedAt"));

        Seen returned = Seen.of(action(reviewer, submitted, "return", Map.of("comment", "请核对培训班次",
                "valueComments", List.of(Map.of("indicator", CLASSES, "comment", "与台账不一致")))).statusCode(200)
                .body("state", equalTo("returned")).body("decidedBy", equalTo("reviewer")));

        // The clerk sees why, fixes the value and resubmits.
        get(clerk, returned.id()).statusCode(200).body("reviewComment", equalTo("请核对培训班次"))
                .body("values.find { it.indicator == 'theory.training_classes' }.reviewComment", equalTo("与台账不一致"));
        Seen fixed = Seen.of(put(clerk, returned, List.of(value(CLASSES, 14))).statusCode(200)
                .body("state", equalTo("returned"))
                .body("values.find { it.indicator == 'theory.training_classes' }.reviewComment", equalTo("与台账不一致")));
        Seen resubmitted = Seen.of(action(clerk, fixed, "submit", null).statusCode(200));

        action(reviewer, resubmitted, "approve", Map.of("comment", "同意")).statusCode(200)
                .body("state", equalTo("approved"))
                .body("values.find { it.indicator == 'theory.training_classes' }.approved.value", equalTo(14))
                .body("values.find { it.indicator == 'theory.training_classes' }.changed", equalTo(false));

        // The approved values are public, with provenance pointing at the submission.
        api().get("/api/v1/metrics?orgUnit=511921&period=" + PERIOD + "&indicator=" + CLASSES).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].value", equalTo(14)).body("items[0].revision", equalTo(1))
                .body("items[0].provenance.submission", equalTo((int) draft.id()))
                .body("items[0].provenance.source", equalTo("submission " + draft.id()))
                .body("items[0].provenance.recordedBy", equalTo("clerk-511921"))
                .body("items[0].provenance.approvedBy", equalTo("reviewer"));
        // ... and when it was submitted: the submission's last submit, the one approved, not the first.
        Instant submittedAt = Instant.parse(get(clerk, draft.id()).statusCode(200).extract().path("submittedAt"));
        assertNotEquals(firstSubmittedAt.truncatedTo(ChronoUnit.MILLIS), submittedAt.truncatedTo(ChronoUnit.MILLIS));
        assertEquals(submittedAt, Instant.parse(api().get("/api/v1/metrics?orgUnit=511921&period=" + PERIOD
                + "&indicator=" + CLASSES).then().extract().path("items[0].provenance.submittedAt")));
        assertEquals(submittedAt, Instant.parse(api().get("/api/v1/exports?format=json&orgUnit=511921&period=" + PERIOD
                + "&indicator=" + CLASSES).then().statusCode(200).extract().path("dataValues[0].provenance.submittedAt")));

        // Every step is in the history, in order, with who did it.
        api().auth().oauth2(reviewer).get("/api/v1/audit?submission=" + draft.id()).then().statusCode(200)
                .body("items.action", contains("submission_created", "value_added", "value_added",
                        "submission_submitted", "submission_returned", "value_commented", "value_changed",
                        "submission_submitted", "submission_approved", "value_approved", "value_approved"))
                .body("items.find { it.action == 'value_changed' }.from.value", equalTo(12))
                .body("items.find { it.action == 'value_changed' }.to.value", equalTo(14))
                .body("items.find { it.action == 'value_changed' }.actor.username", equalTo("clerk-511921"))
                .body("items.find { it.action == 'value_changed' }.actor.subject", equalTo("sub-clerk-511921"))
                .body("items.find { it.action == 'submission_returned' }.comment", equalTo("请核对培训班次"))
                .body("next", nullValue());

        // A later correction becomes revision 2 and the history keeps both.
        Seen correction = Flow.open(clerk, UNIT, PERIOD);
        Seen corrected = Seen.of(put(clerk, correction, List.of(value(CLASSES, 15), value(MEETINGS, 800)))
                .statusCode(200)
                .body("values.find { it.indicator == 'theory.training_classes' }.approved.value", equalTo(14)));
        Seen sent = Seen.of(action(clerk, corrected, "submit", null).statusCode(200));
        action(reviewer, sent, "approve", Map.of()).statusCode(200);
        api().get("/api/v1/metrics?orgUnit=511921&period=" + PERIOD).then().statusCode(200)
                .body("items.find { it.indicator == 'theory.training_classes' }.value", equalTo(15))
                .body("items.find { it.indicator == 'theory.training_classes' }.revision", equalTo(2))
                .body("items.find { it.indicator == 'theory.training_classes' }.provenance.submission",
                        equalTo((int) correction.id()))
                // 800 more_than became 800 exact: a change of qualifier is a new revision too.
                .body("items.find { it.indicator == 'theory.branch_life_meetings' }.qualifier", equalTo("exact"))
                .body("items.find { it.indicator == 'theory.branch_life_meetings' }.revision", equalTo(2));
        api().auth().oauth2(reviewer).get("/api/v1/audit?orgUnit=511921&period=" + PERIOD + "&indicator=" + CLASSES
                        + "&action=value_approved").then().statusCode(200)
                .body("items.to.value", contains(14, 15)).body("items[1].from.value", equalTo(14));
    }

    @Test
    void a_change_needs_the_current_etag_and_a_stale_one_changes_nothing() {
        String other = Tokens.clerk("511922");
        Seen draft = Flow.open(other, "511922", PERIOD);
        Seen first = Seen.of(put(other, draft, List.of(value(CLASSES, 3))).statusCode(200));

        // Someone else's change based on the old version is refused.
        put(other, draft, List.of(value(CLASSES, 4))).statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:zongshu:problem:precondition-failed"));
        api().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("dataValues", List.of(value(CLASSES, 4))))
                .put("/api/v1/submissions/" + draft.id() + "/values").then().statusCode(428)
                .body("type", equalTo("urn:zongshu:problem:precondition-required"));
        action(other, draft, "submit", null).statusCode(412);
        get(other, draft.id()).statusCode(200).header("ETag", first.etag()).body("state", equalTo("draft"))
                .body("values[0].value", equalTo(3));

        // A weak tag never matches (strong comparison); * matches the current version.
        put(other, new Seen(draft.id(), "W/" + first.etag()), List.of(value(CLASSES, 4))).statusCode(412);
        Seen removed = Seen.of(api().auth().oauth2(other).header("If-Match", "*")
                .delete("/api/v1/submissions/" + draft.id() + "/values/" + CLASSES).then().statusCode(200)
                .body("values", hasSize(0)));
        api().auth().oauth2(other).header("If-Match", removed.etag())
                .delete("/api/v1/submissions/" + draft.id() + "/values/" + CLASSES).then().statusCode(404);
    }

    @Test
    void the_workflow_refuses_moves_it_does_not_allow() {
        String clerk = Tokens.clerk("511903");
        Seen draft = Flow.open(clerk, "511903", PERIOD);
        // One open submission per unit and period.
        api().auth().oauth2(clerk).contentType(ContentType.JSON).body(Map.of("orgUnit", "511903", "period", PERIOD))
                .post("/api/v1/submissions").then().statusCode(409)
                .body("type", equalTo("urn:zongshu:problem:conflict"));
        // Nothing to submit, nothing to decide on yet.
        action(clerk, draft, "submit", null).statusCode(409);
        action(reviewer, draft, "approve", Map.of()).statusCode(409).body("type", equalTo("urn:zongshu:problem:conflict"));
        Seen filled = Seen.of(put(clerk, draft, List.of(value(CLASSES, 1))).statusCode(200));
        Seen submitted = Seen.of(action(clerk, filled, "submit", null).statusCode(200));
        // Under review: the clerk cannot change it, the reviewer must say why when returning it.
        put(clerk, submitted, List.of(value(CLASSES, 2))).statusCode(409);
        action(reviewer, submitted, "return", Map.of("comment", " ")).statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        action(reviewer, submitted, "return", Map.of("comment", "x",
                "valueComments", List.of(Map.of("indicator", "theory.unknown", "comment", "?")))).statusCode(400)
                .body("errors[0].field", equalTo("valueComments[0].indicator"));
        // 2021 is closed: no submission can be opened for it.
        api().auth().oauth2(clerk).contentType(ContentType.JSON).body(Map.of("orgUnit", "511903", "period", "2021"))
                .post("/api/v1/submissions").then().statusCode(409)
                .body("type", equalTo("urn:zongshu:problem:conflict"));
        get(clerk, submitted.id()).statusCode(200).body("state", equalTo("submitted")).body("values[0].value", equalTo(1));
        assertEquals(submitted.etag(), get(clerk, submitted.id()).extract().header("ETag"));
    }

    @Test
    void values_are_checked_against_the_catalogue() {
        String clerk = Tokens.clerk("BZ-CTZ");
        Seen draft = Flow.open(clerk, "BZ-CTZ", PERIOD);
        put(clerk, draft, List.of(
                value("theory.no_such_indicator", 1),
                value(CLASSES, 1.5),
                value("cadre.front_line_promotion_share", 100.5),
                Map.of("indicator", "cadre.front_line_promotion_share", "value", 50, "qualifier", "more_than"),
                Map.of("indicator", CLASSES, "value", 3, "unit", "%"),
                Map.of("indicator", CLASSES, "value", 3, "qualifier", "about"),
                Map.of("indicator", CLASSES),
                Map.of("indicator", MEETINGS, "value", 1, "comment", "bell\u0007")))
                .statusCode(400)
                .body("errors.field", contains("dataValues[0].indicator", "dataValues[1].value", "dataValues[2].value",
                        "dataValues[3].qualifier", "dataValues[4].unit", "dataValues[5].qualifier",
                        "dataValues[6].value", "dataValues[7].comment"))
                .body("errors.index", contains(0, 1, 2, 3, 4, 5, 6, 7));
        // Numbers are JSON numbers: a string, NaN or an overflowing exponent is refused, never stored.
        for (String body : new String[] {
                "{\"dataValues\":[{\"indicator\":\"" + CLASSES + "\",\"value\":\"12\"}]}",
                "{\"dataValues\":[{\"indicator\":\"" + CLASSES + "\",\"value\":\"NaN\"}]}",
                "{\"dataValues\":[{\"indicator\":\"" + CLASSES + "\",\"value\":1e400}]}",
                "{\"dataValues\":[{\"indicator\":\"" + CLASSES + "\",\"value\":1e-400}]}",
                "{\"dataValues\":[{\"indicator\":\"" + CLASSES + "\",\"value\":12}",
                "{\"dataValues\":[]}",
                "[]"}) {
            api().auth().oauth2(clerk).contentType(ContentType.JSON).header("If-Match", draft.etag()).body(body)
                    .put("/api/v1/submissions/" + draft.id() + "/values").then().statusCode(400)
                    .contentType("application/problem+json").body("errors", not(hasSize(0)));
        }
        get(clerk, draft.id()).statusCode(200).body("values", hasSize(0)).header("ETag", draft.etag());
    }
}
